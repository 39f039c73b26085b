<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Request closing</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>Why the hazard is resolved</source>
        <translation>隐患已化解的依据</translation>
    </message>
    <message>
        <source>Basis *</source>
        <translation>销号依据 *</translation>
    </message>
    <message>
        <source>Agreement number, undertaking, site photos …</source>
        <translation>调解协议编号、承诺书、现场照片等</translation>
    </message>
    <message>
        <source>Evidence *</source>
        <translation>佐证材料 *</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Closing needs its basis and its evidence.</source>
        <translation>申请销号须填写销号依据和佐证材料。</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Closing record</source>
        <translation>销号情况</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>销号依据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>反弹情况</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>Double-click to open a file</source>
        <translation>双击打开文件</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>添加附件…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
</context>
<context>
    <name>LcpEditor</name>
    <message>
        <source>← Roster</source>
        <translation>← 返回名册</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print the roster entry or the culture-wall card</source>
        <translation>打印名册信息或文化墙展示卡</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Disputes mediated</source>
        <translation>参与调解</translation>
    </message>
    <message>
        <source>New legal-clarity person</source>
        <translation>新增法律明白人</translation>
    </message>
    <message>
        <source>Available once the person is saved.</source>
        <translation>保存后可用。</translation>
    </message>
    <message>
        <source>On the culture wall</source>
        <translation>文化墙展示中</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>照片无法读取</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot change legal-clarity persons.</source>
        <translation>您的角色（{role}）无权修改法律明白人信息。</translation>
    </message>
    <message>
        <source>Save the new person first.</source>
        <translation>请先保存新增人员。</translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation>请先保存修改。</translation>
    </message>
    <message>
        <source>A removed person cannot record new services.</source>
        <translation>已清退人员不能再登记服务记录。</translation>
    </message>
    <message>
        <source>No further status change is possible.</source>
        <translation>当前状态不能再变更。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>This file is not an image that can be read.</source>
        <translation>该文件不是可识别的图片。</translation>
    </message>
</context>
<context>
    <name>LcpList</name>
    <message>
        <source>Search name, pinyin initials, certificate number (Ctrl+F)</source>
        <translation>搜索姓名、拼音首字母、证书编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>全部身份类别</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>新增法律明白人…</translation>
    </message>
    <message>
        <source>Add a legal-clarity person (Ctrl+N)</source>
        <translation>新增法律明白人（Ctrl+N）</translation>
    </message>
    <message>
        <source>Your role cannot add legal-clarity persons.</source>
        <translation>您的角色无权新增法律明白人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>{n} / {h} h</source>
        <translation>{n} 次 / {h} 学时</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Culture wall</source>
        <translation>文化墙</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>同意展示</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>列表加载失败。</translation>
    </message>
    <message>
        <source>No persons match.</source>
        <translation>没有符合条件的人员。</translation>
    </message>
    <message>
        <source>{n} persons shown; scroll down for more.</source>
        <translation>已显示 {n} 人，向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} persons.</source>
        <translation>共 {n} 人。</translation>
    </message>
</context>
<context>
    <name>LcpPage</name>
    <message>
        <source>Legal-clarity persons</source>
        <translation>法律明白人</translation>
    </message>
</context>
<context>
    <name>LcpProfile</name>
    <message>
        <source>No photo</source>
        <translation>暂无照片</translation>
    </message>
    <message>
        <source>Click to choose a photo</source>
        <translation>点击选择照片</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Culture wall</source>
        <translation>文化墙展示</translation>
    </message>
    <message>
        <source>Consents to be shown</source>
        <translation>本人同意在文化墙展示</translation>
    </message>
    <message>
        <source>Only registered persons who consented appear on the culture wall.</source>
        <translation>只有在册且本人同意的法律明白人才会在文化墙展示。</translation>
    </message>
    <message>
        <source>Date of the written consent</source>
        <translation>书面同意日期</translation>
    </message>
    <message>
        <source>Show the phone number</source>
        <translation>同时展示联系电话</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>e.g. Han</source>
        <translation>如：汉族</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>所在社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所在网格</translation>
    </message>
    <message>
        <source>e.g. Party member</source>
        <translation>如：中共党员</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Occupation and work unit</source>
        <translation>职业及工作单位</translation>
    </message>
    <message>
        <source>Occupation / unit</source>
        <translation>职业/工作单位</translation>
    </message>
    <message>
        <source>Tick every identity that applies</source>
        <translation>勾选所有符合的身份类别</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>身份类别</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>产生方式</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>选任日期</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>胸牌编号</translation>
    </message>
    <message>
        <source>Legal adviser</source>
        <translation>联系法律顾问</translation>
    </message>
    <message>
        <source>Adviser&apos;s firm</source>
        <translation>顾问所在律所</translation>
    </message>
    <message>
        <source>A short introduction for the culture wall (up to 200 characters)</source>
        <translation>用于文化墙展示的简介（200 字以内）</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>个人简介</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The selection date is in the future.</source>
        <translation>选任日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>同意日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The introduction is longer than 200 characters.</source>
        <translation>个人简介超过 200 字。</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未指定网格）</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Change the level</source>
        <translation>调整风险等级</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>调整理由 *</translation>
    </message>
    <message>
        <source>Choose a level different from the current one.</source>
        <translation>请选择与当前不同的等级。</translation>
    </message>
    <message>
        <source>Please give the reason for the new level.</source>
        <translation>请填写调整等级的理由。</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Linked disputes</source>
        <translation>关联矛盾纠纷</translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation>涉及当事人</translation>
    </message>
    <message>
        <source>Double-click to open the dispute</source>
        <translation>双击打开该纠纷</translation>
    </message>
    <message>
        <source>No linked disputes.</source>
        <translation>暂无关联纠纷。</translation>
    </message>
    <message>
        <source>Double-click to open the party</source>
        <translation>双击打开该当事人</translation>
    </message>
</context>
<context>
    <name>MediatedPanel</name>
    <message>
        <source>Double-click to open the dispute</source>
        <translation>双击打开该纠纷</translation>
    </message>
    <message>
        <source>{n} disputes.</source>
        <translation>共 {n} 件纠纷。</translation>
    </message>
    <message>
        <source>Not yet a mediator of any dispute.</source>
        <translation>暂未参与调解纠纷。</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview and print the forms of this record (Ctrl+P)</source>
        <translation>预览并打印本记录的文书（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please write the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add to the review log</source>
        <translation>添加研判稳控记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Findings and conclusion</source>
        <translation>情况和研判结论</translation>
    </message>
    <message>
        <source>Content *</source>
        <translation>内容 *</translation>
    </message>
    <message>
        <source>Level after review</source>
        <translation>研判后等级</translation>
    </message>
    <message>
        <source>Please write down the review&apos;s conclusion.</source>
        <translation>请填写研判结论。</translation>
    </message>
    <message>
        <source>The review date is in the future.</source>
        <translation>记录日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ReviewLog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No entries yet. Closing needs at least one review or visit.</source>
        <translation>暂无记录。申请销号前至少需要一条研判或回访记录。</translation>
    </message>
</context>
<context>
    <name>RiskActions</name>
    <message>
        <source>Add review…</source>
        <translation>添加研判记录…</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>Request closing…</source>
        <translation>申请销号…</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回申请…</translation>
    </message>
    <message>
        <source>Reopen (relapse)…</source>
        <translation>反弹重启…</translation>
    </message>
    <message>
        <source>Save the new item first.</source>
        <translation>请先保存新登记的事项。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>您的角色（{role}）无权进行此操作。</translation>
    </message>
    <message>
        <source>Not possible in the current status.</source>
        <translation>当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>Save your changes first.</source>
        <translation>请先保存修改。</translation>
    </message>
    <message>
        <source>You asked to close this item; someone else must approve it.</source>
        <translation>您是本事项的销号申请人，须由其他人审批。</translation>
    </message>
    <message>
        <source>You are the responsible leader of this item; someone else must approve closing.</source>
        <translation>您是本事项的包案领导，销号须由其他人审批。</translation>
    </message>
    <message>
        <source>Record at least one review or visit before asking to close the item.</source>
        <translation>申请销号前，请至少添加一条研判或回访记录。</translation>
    </message>
    <message>
        <source>Close {code} for good? It can only be reopened if the hazard comes back.</source>
        <translation>确定对 {code} 予以销号？销号后仅在隐患反弹时才能重新启动。</translation>
    </message>
    <message>
        <source>Send the closing request back</source>
        <translation>退回销号申请</translation>
    </message>
    <message>
        <source>Why is the item not ready to be closed?</source>
        <translation>为什么该事项尚不能销号？</translation>
    </message>
    <message>
        <source>Reopen the item</source>
        <translation>反弹重启</translation>
    </message>
    <message>
        <source>The hazard came back (relapse). What happened?</source>
        <translation>隐患出现反弹，请说明具体情况。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>RiskAssignment</name>
    <message>
        <source>Responsible leader *</source>
        <translation>包案领导 *</translation>
    </message>
    <message>
        <source>e.g. Party secretary of the community</source>
        <translation>如：社区党委书记</translation>
    </message>
    <message>
        <source>Leader&apos;s post</source>
        <translation>领导职务</translation>
    </message>
    <message>
        <source>Leader&apos;s unit</source>
        <translation>领导单位</translation>
    </message>
    <message>
        <source>login name, if the leader uses this app</source>
        <translation>该领导在本系统的登录名（如有）</translation>
    </message>
    <message>
        <source>The responsible leader may not approve closing the item.</source>
        <translation>包案领导不能审批本事项的销号。</translation>
    </message>
    <message>
        <source>Leader&apos;s account</source>
        <translation>领导账号</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Stabilising measures: patrols, visits, who watches</source>
        <translation>稳控措施：巡查、走访、专人盯守等</translation>
    </message>
    <message>
        <source>Control measures *</source>
        <translation>稳控措施 *</translation>
    </message>
    <message>
        <source>How the hazard will be resolved, by when</source>
        <translation>化解措施及完成时间</translation>
    </message>
    <message>
        <source>Resolution measures</source>
        <translation>化解措施</translation>
    </message>
    <message>
        <source>Please name the responsible leader.</source>
        <translation>请填写包案领导。</translation>
    </message>
    <message>
        <source>Please enter the measures.</source>
        <translation>请填写稳控或化解措施。</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>← Ledger</source>
        <translation>← 返回台账</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Leader and measures</source>
        <translation>包案与措施</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>研判稳控记录</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>New risk item</source>
        <translation>登记风险隐患</translation>
    </message>
    <message>
        <source>Available once the item is saved.</source>
        <translation>保存后可用。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Your role ({role}) cannot change risk items.</source>
        <translation>您的角色（{role}）无权修改风险台账。</translation>
    </message>
    <message>
        <source>Your role cannot see disputes.</source>
        <translation>您的角色无权查看矛盾纠纷。</translation>
    </message>
</context>
<context>
    <name>RiskFacts</name>
    <message>
        <source>Category</source>
        <translation>台账类别</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>（未指定网格）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>所属网格</translation>
    </message>
    <message>
        <source>e.g. fire lane blocked in the urban village</source>
        <translation>如：城中村消防通道堵塞</translation>
    </message>
    <message>
        <source>Hazard *</source>
        <translation>隐患名称 *</translation>
    </message>
    <message>
        <source>Level *</source>
        <translation>风险等级 *</translation>
    </message>
    <message>
        <source>Found on *</source>
        <translation>发现日期 *</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解时限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>What was found, where, who is affected, what may happen</source>
        <translation>发现了什么、在哪里、涉及哪些人、可能引发什么后果</translation>
    </message>
    <message>
        <source>Key person (sensitive)</source>
        <translation>重点人员（敏感信息）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>管控情况</translation>
    </message>
    <message>
        <source>Monitored by</source>
        <translation>管控责任人</translation>
    </message>
    <message>
        <source>Use “Change level…”: a new level needs a reason for the review log.</source>
        <translation>请使用“调整等级…”：调整等级须说明理由并记入研判记录。</translation>
    </message>
    <message>
        <source>Please describe the hazard in a title.</source>
        <translation>请用一句话描述隐患。</translation>
    </message>
    <message>
        <source>The date found is in the future.</source>
        <translation>发现日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The deadline is before the date found.</source>
        <translation>化解时限不能早于发现日期。</translation>
    </message>
    <message>
        <source>This level needs a resolution deadline.</source>
        <translation>该风险等级必须设定化解时限。</translation>
    </message>
    <message>
        <source>Level {level}: respond within {hours} h, resolve within {days} days.</source>
        <translation>风险等级“{level}”：{hours} 小时内响应，{days} 天内化解。</translation>
    </message>
</context>
<context>
    <name>RiskList</name>
    <message>
        <source>Search number, title, description (Ctrl+F)</source>
        <translation>搜索编号、隐患名称、情况描述（Ctrl+F）</translation>
    </message>
    <message>
        <source>Report a risk…</source>
        <translation>登记风险…</translation>
    </message>
    <message>
        <source>Report a new risk item (Ctrl+N)</source>
        <translation>登记新的风险隐患（Ctrl+N）</translation>
    </message>
    <message>
        <source>Your role cannot report risk items.</source>
        <translation>您的角色无权登记风险隐患。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Found on or after</source>
        <translation>发现日期起</translation>
    </message>
    <message>
        <source>Found on or before</source>
        <translation>发现日期止</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看超期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患名称</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>列表加载失败。</translation>
    </message>
    <message>
        <source>No risk items match.</source>
        <translation>没有符合条件的风险隐患。</translation>
    </message>
    <message>
        <source>{n} items shown; scroll down for more.</source>
        <translation>已显示 {n} 条，向下滚动查看更多。</translation>
    </message>
    <message>
        <source>{n} items.</source>
        <translation>共 {n} 条。</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risk ledger</source>
        <translation>风险台账</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Add a service</source>
        <translation>添加服务记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation>服务日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add service…</source>
        <translation>添加服务…</translation>
    </message>
    <message>
        <source>{n} services, {p} people served.</source>
        <translation>共 {n} 次服务，服务 {p} 人次。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. passed the training assessment; long inactive</source>
        <translation>如：培训考核合格；长期不履职</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Who approved (defaults to you)</source>
        <translation>审批人（默认为本人）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Please give the reason for the removal.</source>
        <translation>请填写清退理由。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Add a training</source>
        <translation>添加培训记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>e.g. The Civil Code and neighbour disputes</source>
        <translation>如：民法典与邻里纠纷</translation>
    </message>
    <message>
        <source>Topic *</source>
        <translation>培训主题 *</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>培训方式</translation>
    </message>
    <message>
        <source>e.g. Guanlan judicial office</source>
        <translation>如：观澜司法所</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Passed the assessment</source>
        <translation>考核合格</translation>
    </message>
    <message>
        <source>Please enter the training&apos;s topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>The training date is in the future.</source>
        <translation>培训日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>TrainingsPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Add training…</source>
        <translation>添加培训…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>{n} trainings, {h} hours in all.</source>
        <translation>共 {n} 次培训，累计 {h} 学时。</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesPrompt</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet. Save them?</source>
        <translation>本记录有尚未保存的修改，是否保存？</translation>
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
        <translation>涉及人数至少为 1 人。</translation>
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
        <translation type="unfinished">请填写姓名。</translation>
    </message>
    <message>
        <source>The selection date is in the future.</source>
        <translation type="unfinished">选任日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please give the reason for the removal.</source>
        <translation type="unfinished">请填写清退理由。</translation>
    </message>
    <message>
        <source>A person whose status is {state} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the training&apos;s topic.</source>
        <translation type="unfinished">请填写培训主题。</translation>
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
        <translation type="unfinished">服务日期不能晚于今天。</translation>
    </message>
    <message>
        <source>A removed person cannot record new services.</source>
        <translation type="unfinished">已清退人员不能再登记服务记录。</translation>
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
        <translation type="unfinished">请用一句话描述隐患。</translation>
    </message>
    <message>
        <source>The date found is in the future.</source>
        <translation type="unfinished">发现日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Key-person details belong to items of the key-person category, and only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the date found.</source>
        <translation type="unfinished">化解时限不能早于发现日期。</translation>
    </message>
    <message>
        <source>Please name the responsible leader.</source>
        <translation type="unfinished">请填写包案领导。</translation>
    </message>
    <message>
        <source>Please enter the measures.</source>
        <translation type="unfinished">请填写稳控或化解措施。</translation>
    </message>
    <message>
        <source>This level needs a resolution deadline.</source>
        <translation type="unfinished">该风险等级必须设定化解时限。</translation>
    </message>
    <message>
        <source>An item cannot be moved into or out of the key-person category; report a new one.</source>
        <translation>事项不能改入或改出“重点人员”类别，请另行登记。</translation>
    </message>
    <message>
        <source>Please write down the review&apos;s conclusion.</source>
        <translation type="unfinished">请填写研判结论。</translation>
    </message>
    <message>
        <source>The review date is in the future.</source>
        <translation type="unfinished">记录日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please give the reason for the new level.</source>
        <translation type="unfinished">请填写调整等级的理由。</translation>
    </message>
    <message>
        <source>Closing needs its basis and evidence (agreement number, undertaking, confirmation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at least one review or visit before asking to close the item.</source>
        <translation type="unfinished">申请销号前，请至少添加一条研判或回访记录。</translation>
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
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
