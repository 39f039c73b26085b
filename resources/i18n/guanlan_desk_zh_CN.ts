<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionsBox</name>
    <message>
        <source>Export and import</source>
        <translation>导出与导入</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>立即导出</translation>
    </message>
    <message>
        <source>Write the changes for the other workstations into the export folder (Ctrl+E)</source>
        <translation>把更改写入导出文件夹，供其他工作站导入（Ctrl+E）</translation>
    </message>
    <message>
        <source>Full re-export</source>
        <translation>全量重新导出</translation>
    </message>
    <message>
        <source>Export everything, not just the changes (when the other side asks for it)</source>
        <translation>导出全部数据，而不只是更改（对方要求时使用）</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Choose one or more .glbundle files (Ctrl+I)</source>
        <translation>选择一个或多个 .glbundle 文件（Ctrl+I）</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Import every bundle of a folder, e.g. the USB stick</source>
        <translation>导入某个文件夹（如 U 盘）中的全部同步包</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Export the changes in the background this often (0 = off)</source>
        <translation>按此间隔在后台自动导出更改（0 表示关闭）</translation>
    </message>
    <message>
        <source>Export when the program closes</source>
        <translation>退出程序时导出</translation>
    </message>
    <message>
        <source>Enrol a community workstation…</source>
        <translation>登记社区工作站…</translation>
    </message>
    <message>
        <source>Import a community&apos;s answer…</source>
        <translation>导入社区应答文件…</translation>
    </message>
    <message>
        <source>Import the office&apos;s enrolment file…</source>
        <translation>导入街道登记文件…</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>导出文件夹：</translation>
    </message>
    <message>
        <source>Export automatically every</source>
        <translation>定时导出：每隔</translation>
    </message>
    <message>
        <source>Your role does not allow exporting or importing sync bundles.</source>
        <translation>您的角色无权导出或导入同步包。</translation>
    </message>
    <message>
        <source>Only an administrator enrols workstations.</source>
        <translation>只有管理员才能登记工作站。</translation>
    </message>
    <message>
        <source>Release the mouse button to import these bundles.</source>
        <translation>松开鼠标即可导入这些同步包。</translation>
    </message>
    <message>
        <source>You can also drag bundle files or a folder onto this page to import them.</source>
        <translation>也可以把同步包文件或文件夹拖到本页面上导入。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>显示已处理的冲突</translation>
    </message>
    <message>
        <source>No conflicts. When both sides change the same field, the newer value is kept and the other one waits here for a decision.</source>
        <translation>没有冲突。双方修改了同一字段时，系统保留较新的值，另一个值会列在这里，等待人工确认。</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Value kept now</source>
        <translation>当前保留的值</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>另一方的值</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>改用此值</translation>
    </message>
    <message>
        <source>{record}
field {field} · {time}</source>
        <translation>{record}
字段：{field} · {time}</translation>
    </message>
    <message>
        <source>{text} (resolved)</source>
        <translation>{text}（已处理）</translation>
    </message>
    <message>
        <source>Record: {record} ({what}); field: {field}</source>
        <translation>所属记录：{record}（{what}）；字段：{field}</translation>
    </message>
    <message>
        <source>Written at {origin}, {time}</source>
        <translation>修改方：{origin}，修改时间：{time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Resolved: the kept value stayed.</source>
        <translation>已处理：保留了当前的值。</translation>
    </message>
    <message>
        <source>Resolved: the other value was put back.</source>
        <translation>已处理：已改用另一方的值。</translation>
    </message>
    <message>
        <source>Both workstations changed this field without seeing each other&apos;s edit. The newer value is in use everywhere; choose which one is right.</source>
        <translation>两个工作站在互不知情的情况下修改了这个字段。各处目前使用的是较新的值，请确认哪一个是正确的。</translation>
    </message>
</context>
<context>
    <name>EnrolCommunityDialog</name>
    <message>
        <source>Enrol a community workstation</source>
        <translation>登记社区工作站</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>e.g. 观城社区 2号机 (the community&apos;s name if left empty)</source>
        <translation>例如：观城社区 2号机（不填则使用社区名称）</translation>
    </message>
    <message>
        <source>A USB stick or shared folder</source>
        <translation>U 盘或共享文件夹</translation>
    </message>
    <message>
        <source>Fingerprint of this office workstation</source>
        <translation>本机（街道）密钥指纹</translation>
    </message>
    <message>
        <source>When the community imports the file, its screen shows this fingerprint. Read it out to the community officer (by phone) and check that every group is the same.</source>
        <translation>社区导入登记文件时，屏幕上会显示这个指纹。请（通过电话）向社区工作人员逐组读出，核对每一组都一致。</translation>
    </message>
    <message>
        <source>The enrolment file carries this office&apos;s public keys and the reference data (communities, grids, venues). Take it to the community workstation and import it there; the answer file it writes comes back here.</source>
        <translation>登记文件包含本街道工作站的公钥和基础数据（社区、网格、调解场所）。请把它带到社区工作站导入；社区生成的应答文件再带回这里导入。</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Workstation name:</source>
        <translation>工作站名称：</translation>
    </message>
    <message>
        <source>Write the file to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Folder for the enrolment file</source>
        <translation>选择保存登记文件的文件夹</translation>
    </message>
    <message>
        <source>Write the enrolment file</source>
        <translation>生成登记文件</translation>
    </message>
    <message>
        <source>Choose an existing folder for the enrolment file.</source>
        <translation>请选择一个已存在的文件夹来保存登记文件。</translation>
    </message>
    <message>
        <source>Enrolment file written: {path}
Import it at the community workstation, then import its answer here with “Import a community&apos;s answer”.</source>
        <translation>登记文件已生成：{path}
请在社区工作站导入该文件，再在此处用“导入社区应答文件”导入社区的应答文件。</translation>
    </message>
</context>
<context>
    <name>EnrolmentFileAsk</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Direction</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Bundle no.</source>
        <translation>同步包编号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File / status</source>
        <translation>文件 / 状态</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ImportAnswerDialog</name>
    <message>
        <source>Import a community&apos;s answer</source>
        <translation>导入社区应答文件</translation>
    </message>
    <message>
        <source>Fingerprint of the community workstation</source>
        <translation>社区工作站的密钥指纹</translation>
    </message>
    <message>
        <source>The community officer read out the same fingerprint</source>
        <translation>社区工作人员读出的指纹与此一致</translation>
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation>确认登记该工作站</translation>
    </message>
    <message>
        <source>Choose the answer file (.glanswer) the community workstation wrote when it imported this office&apos;s enrolment file.</source>
        <translation>请选择社区工作站导入本街道登记文件时生成的应答文件（.glanswer）。</translation>
    </message>
    <message>
        <source>Answer file:</source>
        <translation>应答文件：</translation>
    </message>
    <message>
        <source>From: {name}, community {code}</source>
        <translation>来自：{name}，社区代码 {code}</translation>
    </message>
    <message>
        <source>Ask the community officer to read out the fingerprint shown on the community&apos;s sync page and compare every group. Enrol the workstation only if they are the same.</source>
        <translation>请社区工作人员读出其同步页面上显示的指纹，逐组核对。完全一致时才登记该工作站。</translation>
    </message>
    <message>
        <source>Choose the answer file</source>
        <translation>选择应答文件</translation>
    </message>
    <message>
        <source>Answer files (*{suffix})</source>
        <translation>应答文件 (*{suffix})</translation>
    </message>
    <message>
        <source>{name} ({code}) is enrolled. Bundles can now be exchanged with it.</source>
        <translation>{name}（{code}）已登记，现在可以与其交换同步包。</translation>
    </message>
</context>
<context>
    <name>ImportEnrolmentDialog</name>
    <message>
        <source>Import the office&apos;s enrolment file</source>
        <translation>导入街道登记文件</translation>
    </message>
    <message>
        <source>Fingerprint of the street office</source>
        <translation>街道工作站的密钥指纹</translation>
    </message>
    <message>
        <source>The street office read out the same fingerprint</source>
        <translation>街道工作人员读出的指纹与此一致</translation>
    </message>
    <message>
        <source>Import and write the answer</source>
        <translation>导入并生成应答文件</translation>
    </message>
    <message>
        <source>A USB stick or shared folder</source>
        <translation>U 盘或共享文件夹</translation>
    </message>
    <message>
        <source>Fingerprint of this workstation</source>
        <translation>本机密钥指纹</translation>
    </message>
    <message>
        <source>Choose the enrolment file (.glenrol) the street office wrote for this community. Importing it takes the office&apos;s keys and reference data and writes an answer file for the office.</source>
        <translation>请选择街道为本社区生成的登记文件（.glenrol）。导入后，本机将接收街道的公钥和基础数据，并为街道生成一份应答文件。</translation>
    </message>
    <message>
        <source>Enrolment file:</source>
        <translation>登记文件：</translation>
    </message>
    <message>
        <source>Write the answer to:</source>
        <translation>应答文件保存到：</translation>
    </message>
    <message>
        <source>Folder for the answer file</source>
        <translation>选择保存应答文件的文件夹</translation>
    </message>
    <message>
        <source>From: {office}. For: {community} ({code}).</source>
        <translation>来自：{office}。登记对象：{community}（{code}）。</translation>
    </message>
    <message>
        <source>This file is for another community; this workstation belongs to {code}.</source>
        <translation>该文件是为其他社区生成的；本工作站属于 {code}。</translation>
    </message>
    <message>
        <source>Ask the street office to read out the fingerprint shown on their screen and compare every group. Import the file only if they are the same.</source>
        <translation>请街道工作人员读出其屏幕上显示的指纹，逐组核对。完全一致时才导入该文件。</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>选择登记文件</translation>
    </message>
    <message>
        <source>Enrolment files (*{suffix})</source>
        <translation>登记文件 (*{suffix})</translation>
    </message>
    <message>
        <source>Choose an existing folder for the answer file.</source>
        <translation>请选择一个已存在的文件夹来保存应答文件。</translation>
    </message>
    <message>
        <source>Enrolled with {office}. Answer file written: {path}
Take it to the street office; they import it with “Import a community&apos;s answer”.</source>
        <translation>已与{office}完成登记。应答文件已生成：{path}
请把它交给街道，由街道用“导入社区应答文件”导入。</translation>
    </message>
    <message>
        <source>When the office imports the answer, read out this fingerprint to them.</source>
        <translation>街道导入应答文件时，请向街道工作人员读出这个指纹。</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Compare this fingerprint with the one shown at the other workstation (read it out by phone) when enrolling.</source>
        <translation>登记时，请与对方工作站显示的指纹核对（可通过电话读出）。</translation>
    </message>
    <message>
        <source>Received by the street office up to:</source>
        <translation>街道已收到截至：</translation>
    </message>
    <message>
        <source>Changes waiting to be exported:</source>
        <translation>待导出的更改：</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>上次导出：</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>上次导入：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>待处理冲突：</translation>
    </message>
    <message>
        <source>Key fingerprint of this workstation:</source>
        <translation>本机密钥指纹：</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>{n} exported, awaiting the receipt</source>
        <translation>（另有 {n} 条已导出，等待回执）</translation>
    </message>
    <message>
        <source>nothing confirmed yet</source>
        <translation>尚无回执</translation>
    </message>
    <message>
        <source>Export pending: the export folder {folder} is not available (is the USB stick plugged in?). The changes stay waiting and nothing is lost; plug it in and press Export now.</source>
        <translation>导出尚未完成：导出文件夹 {folder} 不可用（U 盘是否已插入？）。更改仍在等待导出，不会丢失；插入 U 盘后请点击“立即导出”。</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Bundles missing — later bundles wait until these are imported: {gaps}</source>
        <translation>缺少同步包，之后的同步包需等这些导入后才能导入：{gaps}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Confirmed by it</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Received from it</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>enrolment file issued {time}</source>
        <translation>登记文件已于 {time} 生成，等待应答</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import sync bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Sync bundles (*{suffix})</source>
        <translation>同步包 (*{suffix})</translation>
    </message>
    <message>
        <source>Result of the last export or import:</source>
        <translation>最近一次导出或导入的结果：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>导出导入记录</translation>
    </message>
    <message>
        <source>Workstations and fingerprints</source>
        <translation>工作站与指纹</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>Missing bundles: {gaps}</source>
        <translation>缺少的同步包：{gaps}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No bundles are missing.</source>
        <translation>没有缺少的同步包。</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>冲突（{n}）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Choose the export folder (the USB stick or shared folder)</source>
        <translation>选择导出文件夹（U 盘或共享文件夹）</translation>
    </message>
    <message>
        <source>Writing the sync bundles…</source>
        <translation>正在生成同步包…</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written.</source>
        <translation>已取消导出，没有生成任何同步包。</translation>
    </message>
    <message>
        <source>Import every bundle of a folder</source>
        <translation>导入文件夹中的全部同步包</translation>
    </message>
    <message>
        <source>Importing the sync bundles…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>No sync bundles were found there.</source>
        <translation>该处没有找到同步包。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入，数据没有任何改变。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Community workstation</source>
        <translation>社区工作站</translation>
    </message>
    <message>
        <source>Street office</source>
        <translation>街道工作站</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>等待应答</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>dispute parties</source>
        <translation>纠纷当事人</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>risk links</source>
        <translation>风险关联</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>notices to attend</source>
        <translation>调解通知书</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>risk items</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>risk reviews</source>
        <translation>研判记录</translation>
    </message>
    <message>
        <source>risk parties</source>
        <translation>风险涉及人员</translation>
    </message>
    <message>
        <source>legal-clarity persons</source>
        <translation>法律明白人</translation>
    </message>
    <message>
        <source>status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>调解场所</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>summary of the dispute</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>当事人诉求</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>leader&apos;s post</source>
        <translation>包案领导职务</translation>
    </message>
    <message>
        <source>leader&apos;s unit</source>
        <translation>包案领导单位</translation>
    </message>
    <message>
        <source>responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>responsible person&apos;s phone</source>
        <translation>责任人电话</translation>
    </message>
    <message>
        <source>control measures</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>resolution measures</source>
        <translation>化解措施</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>化解时限</translation>
    </message>
    <message>
        <source>people involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>调解场所</translation>
    </message>
    <message>
        <source>mediation deadline</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>follow-up findings</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{table} {count}</source>
        <translation>{table} {count} 条</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{peer}: bundle {first} missing</source>
        <translation>{peer}：缺少第 {first} 号同步包</translation>
    </message>
    <message>
        <source>{peer}: bundles {first}–{last} missing</source>
        <translation>{peer}：缺少第 {first}–{last} 号同步包</translation>
    </message>
    <message>
        <source>full re-export</source>
        <translation>全量重新导出</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>仅更改</translation>
    </message>
    <message>
        <source>Bundle {seq} for {peer} written: {file} ({kind}, {rows} records, {files} attached files).</source>
        <translation>已为{peer}生成第 {seq} 号同步包：{file}（{kind}，{rows} 条记录，{files} 个附件）。</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} from {peer} imported — {new} new, {updated} updated, {conflicts} conflicts</source>
        <translation>{file}：已导入{peer}的第 {seq} 号同步包 — 新增 {new} 条，更新 {updated} 条，冲突 {conflicts} 条</translation>
    </message>
    <message>
        <source> ({counts}).</source>
        <translation>（{counts}）。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>{file}: already imported, nothing changed.</source>
        <translation>{file}：此前已导入，数据没有改变。</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} from {peer} arrived early; it waits until the missing bundles before it are imported.</source>
        <translation>{file}：{peer}的第 {seq} 号同步包提前到达，需等之前缺少的同步包导入后再导入。</translation>
    </message>
    <message>
        <source>{file}: not addressed to this workstation, left alone.</source>
        <translation>{file}：不是发给本工作站的，未处理。</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}：拒绝导入 — {reason}</translation>
    </message>
    <message>
        <source>{file}: {status}</source>
        <translation>{file}：{status}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Workstation numbers start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has used all {count} case numbers of its block for the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number pattern is invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk level: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown retention period: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk palette needs three to five levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level codes must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case number pattern needs {{year}} and {{serial}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial block is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not match the format of the chosen document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot {action} a record whose status is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits and a digit or X at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not belong to the chosen document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({digits}) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({digits}) is impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit does not match: please check every digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number: use an 11-digit mobile, a landline with area code (0755-12345678), or +852/+853 and 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters (digits and capital letters, no I, O, S, V, Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character does not match: please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character {char} ({codepoint}) in {field} (“{value}”) is in none of the print fonts, so the document was not printed: it would print wrong or blank. Check the field; if the character is right, print the blank form and fill it in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printed document called {doc_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document {doc} is not printed from that kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters, with letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role {role} does not exist on a {workstation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file {name} is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be attached to {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} is not empty; demo data goes into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what was said and done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot take place before the dispute was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement needs its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written agreement takes effect when every party has signed and the committee has sealed it: enter both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot take effect before the dispute was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make at least one copy per party plus one for the committee ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason why mediation ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement to perform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name who made the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name where the dispute goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for the withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written agreement that has taken effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30-day window to apply for judicial confirmation closed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation was already requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial confirmation needs the ID numbers of: {names}. Add them to the parties first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs at least one party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one person is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party has neither a record nor a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is listed twice in this dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mediator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort column: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {kind} with id {ident}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins. The account is locked; try again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person whose status is {state} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the training&apos;s topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hours must be between 0.1 and 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removed person cannot record new services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter where the mediation takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation time is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices are issued only before or during mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a party of the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delivery method: {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice cannot be delivered before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another party ({name}) already has this ID number: merge the two instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the parties was already merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe the hazard in a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date found is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-person details belong to items of the key-person category, and only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the date found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the responsible leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This level needs a resolution deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down the review&apos;s conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for the new level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing needs its basis and evidence (agreement number, undertaking, confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one review or visit before asking to close the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing must be approved by someone other than the requester or the responsible leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason for rejecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe the relapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the community of this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} already holds a database; restore into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} does not match its checksum file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected value ({column}) could not be decrypted: wrong key or damaged data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} is on a {kind}. The database must live on a local disk; only export bundles go on USB sticks and shared folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another window or program is using it). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check ({detail}). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer version of the app (schema {revision}). Please upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workstation is set up in {path}. Run the setup first (or use a demo folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable system keyring was found (backend: {backend}). The data key is never stored in plain text. On Linux start a Secret Service (e.g. install gnome-keyring and log in to a desktop session, or run &apos;dbus-run-session -- gnome-keyring-daemon --unlock&apos;); on Windows the Credential Manager is used. To try the app without a keyring, use a demo folder: &apos;python main.py --demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key of this workstation is not in the system keyring. Restore it with the printed recovery code (&apos;restore-key&apos;) or the office&apos;s escrow copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong or does not belong to this database. Check every group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reopen it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved records are safe; details are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or was tampered with ({detail}). Nothing was imported; export it again at the sending workstation.</source>
        <translation>同步包已损坏或被篡改（{detail}），未导入任何数据。请在发送方工作站重新导出。</translation>
    </message>
    <message>
        <source>The bundle file is incomplete (the copy was interrupted?). Nothing was imported; copy it again.</source>
        <translation>同步包文件不完整（复制是否被中断？），未导入任何数据。请重新复制。</translation>
    </message>
    <message>
        <source>This bundle is addressed to another workstation ({recipient}), not this one. Nothing was imported.</source>
        <translation>该同步包是发给其他工作站（{recipient}）的，不是发给本机的，未导入任何数据。</translation>
    </message>
    <message>
        <source>The bundle comes from a workstation that is not enrolled here ({sender}). Nothing was imported; enrol the workstation first.</source>
        <translation>该同步包来自未在本机登记的工作站（{sender}），未导入任何数据。请先登记该工作站。</translation>
    </message>
    <message>
        <source>The bundle exceeds a size limit ({what}). Nothing was imported.</source>
        <translation>同步包超出大小限制（{what}），未导入任何数据。</translation>
    </message>
    <message>
        <source>The bundle&apos;s content is not valid ({detail}). Nothing was imported.</source>
        <translation>同步包内容无效（{detail}），未导入任何数据。</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the app (data format {theirs}, this one reads up to {ours}). Please upgrade this workstation, then import it again.</source>
        <translation>该同步包由更新版本的程序生成（数据格式 {theirs}，本机最高支持 {ours}）。请先升级本工作站，再重新导入。</translation>
    </message>
    <message>
        <source>The bundle was made by a version of the app that is too old (data format {theirs}). Upgrade the sending workstation and export again.</source>
        <translation>该同步包由过旧版本的程序生成（数据格式 {theirs}）。请升级发送方工作站后重新导出。</translation>
    </message>
    <message>
        <source>An older bundle from {sender} (number {seq}) was replayed; a different bundle with that number was already imported. Nothing was imported.</source>
        <translation>{sender}的旧同步包（第 {seq} 号）被重复提交；此前已导入过同一编号的另一个同步包，本次未导入任何数据。</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} does not follow the bundle imported before it. Nothing was imported; ask for a full re-export.</source>
        <translation>{sender}的第 {seq} 号同步包与此前导入的同步包衔接不上，未导入任何数据。请对方全量重新导出。</translation>
    </message>
    <message>
        <source>The bundle does not fit the records held here ({detail}). Nothing was imported; ask the sender for a full re-export.</source>
        <translation>同步包与本机现有记录不相符（{detail}），未导入任何数据。请发送方全量重新导出。</translation>
    </message>
    <message>
        <source>The export folder {folder} is not available (is the USB stick plugged in?). The export stays pending; nothing was lost.</source>
        <translation>导出文件夹 {folder} 不可用（U 盘是否已插入？）。导出仍在等待中，数据没有丢失。</translation>
    </message>
    <message>
        <source>The bundle written to {path} did not read back correctly (a failing stick?). It was removed; the export stays pending.</source>
        <translation>写入 {path} 的同步包回读校验失败（U 盘是否有故障？），已将其删除，导出仍在等待中。</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with any other workstation yet; there is no one to export to.</source>
        <translation>本工作站尚未与任何工作站登记，没有可导出的对象。</translation>
    </message>
    <message>
        <source>Choose which workstation to export to: {names}.</source>
        <translation>请选择导出给哪个工作站：{names}。</translation>
    </message>
    <message>
        <source>The enrolment file was refused: {detail}.</source>
        <translation>登记文件被拒绝：{detail}。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，数据没有任何改变。</translation>
    </message>
    <message>
        <source>Another import ran at the same time; import the bundle again.</source>
        <translation>另一项导入正在同时进行，请重新导入该同步包。</translation>
    </message>
    <message>
        <source>Another export to {peer} ran at the same time; export again.</source>
        <translation>另一项向{peer}的导出正在同时进行，请重新导出。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_details</name>
    <message>
        <source>not a bundle file</source>
        <translation>不是同步包文件</translation>
    </message>
    <message>
        <source>header length</source>
        <translation>文件头长度</translation>
    </message>
    <message>
        <source>header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>header fields</source>
        <translation>文件头字段</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>内容校验值不符</translation>
    </message>
    <message>
        <source>encryption tag</source>
        <translation>加密校验不符</translation>
    </message>
    <message>
        <source>signer key</source>
        <translation>签名密钥无效</translation>
    </message>
    <message>
        <source>signer does not match the keys inside</source>
        <translation>签名者与文件内的密钥不符</translation>
    </message>
    <message>
        <source>not a data bundle</source>
        <translation>不是数据同步包</translation>
    </message>
    <message>
        <source>the manifest does not match the envelope</source>
        <translation>清单与文件头不一致</translation>
    </message>
    <message>
        <source>manifest totals</source>
        <translation>清单中的汇总数据</translation>
    </message>
    <message>
        <source>manifest counts</source>
        <translation>清单中的记录数</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>文件内容不完整</translation>
    </message>
    <message>
        <source>only the street office enrols workstations</source>
        <translation>只有街道工作站才能登记工作站</translation>
    </message>
    <message>
        <source>only a community workstation imports an enrolment file</source>
        <translation>只有社区工作站才能导入登记文件</translation>
    </message>
    <message>
        <source>this is not an enrolment file</source>
        <translation>这不是登记文件</translation>
    </message>
    <message>
        <source>this is not an answer file</source>
        <translation>这不是应答文件</translation>
    </message>
    <message>
        <source>the file does not name its workstation&apos;s keys</source>
        <translation>文件中没有注明其工作站的密钥</translation>
    </message>
    <message>
        <source>this workstation is already enrolled with that office under other keys</source>
        <translation>本工作站已用其他密钥在该街道登记过</translation>
    </message>
    <message>
        <source>no enrolment file was issued for this answer (or it was answered already)</source>
        <translation>没有为该应答文件生成过登记文件（或已经应答过）</translation>
    </message>
    <message>
        <source>the answer comes from a workstation of another community</source>
        <translation>该应答文件来自其他社区的工作站</translation>
    </message>
    <message>
        <source>a workstation with this id is already enrolled under other keys</source>
        <translation>相同编号的工作站已用其他密钥登记过</translation>
    </message>
</context>
</TS>
