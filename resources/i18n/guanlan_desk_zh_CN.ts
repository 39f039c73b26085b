<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Offline records of people&apos;s mediation, grid risks and legal-clarity persons for the communities of Guanlan sub-district.</source>
        <translation>观澜街道各社区人民调解、网格风险隐患和法律明白人的离线台账。</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <source>The licence texts are in resources/fonts next to each font.</source>
        <translation>各字体的许可证全文见 resources/fonts 文件夹（与字体文件放在一起）。</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6) {version}, LGPL-3.0.</source>
        <translation>基于 Qt for Python（PySide6）{version} 开发，LGPL-3.0 许可。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
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
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other users (mediators, grid officers, viewers) later in Settings.</source>
        <translation>其他用户（调解员、网格员、查看员）由管理员以后在“设置”中添加。</translation>
    </message>
    <message>
        <source>e.g. 王丽</source>
        <translation>例如：王丽</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>AdviserDialog</name>
    <message>
        <source>The community&apos;s legal adviser</source>
        <translation>社区法律顾问</translation>
    </message>
    <message>
        <source>Law firm or legal service office</source>
        <translation>律师事务所或法律服务所</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>所在律所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Adviser since</source>
        <translation>担任顾问起始日期</translation>
    </message>
    <message>
        <source>One legal adviser per community works with all its legal-clarity persons (“1 adviser + N persons”).</source>
        <translation>一村（社区）一法律顾问：每个社区由一名法律顾问联系本社区的全体法律明白人（“1名法律顾问+N名法律明白人”）。</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record agreement</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>Facts and points in dispute</source>
        <translation>纠纷事实及争议事项</translation>
    </message>
    <message>
        <source>What the parties agreed</source>
        <translation>经调解，双方自愿达成的协议内容</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>约定履行期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>协议形式</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Perform by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Signed by all parties on</source>
        <translation>各方签字日期</translation>
    </message>
    <message>
        <source>Sealed by the committee on</source>
        <translation>调委会盖章日期</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>协议份数</translation>
    </message>
    <message>
        <source>First follow-up visit</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Takes effect on {day}. The parties may apply jointly for judicial confirmation until {deadline} (30 days).</source>
        <translation>协议自 {day} 起生效。双方可在 {deadline} 前（30日内）共同申请司法确认。</translation>
    </message>
    <message>
        <source>An oral agreement takes effect on {day}; no judicial confirmation.</source>
        <translation>口头协议自 {day} 起生效，不适用司法确认。</translation>
    </message>
    <message>
        <source>The agreement needs its terms.</source>
        <translation>请填写协议内容。</translation>
    </message>
    <message>
        <source>The agreement cannot take effect before the dispute was received.</source>
        <translation>协议生效日期不能早于纠纷受理日期。</translation>
    </message>
    <message>
        <source>The agreement cannot have to be performed before it takes effect.</source>
        <translation>履行期限不能早于协议生效日期。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan as a number (at most two decimals), e.g. 12000 or 350.50.</source>
        <translation>请以“元”为单位填写数字金额（最多两位小数），例如 12000 或 350.50。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer the instruction</source>
        <translation>反馈办理情况</translation>
    </message>
    <message>
        <source>{kind} from {who}, due {due}: {code} {title}</source>
        <translation>{who}{kind}，{due}前反馈：{code} {title}</translation>
    </message>
    <message>
        <source>What was done, by whom, with what result</source>
        <translation>做了什么、由谁办理、结果如何</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>提交反馈</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写办理情况。</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans, photos and documents</source>
        <translation>扫描件、照片和文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove {name} from this record?</source>
        <translation>确定从本记录中移除“{name}”吗？</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>材料类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>请先保存记录。</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>A backup is made by itself at the first start of each day and before every update of the database; it is checked, and old ones are thinned out (7 daily, 4 weekly, 12 monthly). Backups hold the database as it is, personal data encrypted.</source>
        <translation>每天第一次启动时和每次数据库升级前都会自动备份；备份完成后会校验，旧备份按规则精简（保留最近 7 天每天一份、4 周每周一份、12 个月每月一份）。备份就是数据库本身，个人信息仍为加密状态。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>最近一次完好备份</translation>
    </message>
    <message>
        <source>The backup drive is not there. Plug it in; until then the newest good copy is kept in the data folder.</source>
        <translation>未找到备份所在的磁盘，请插上该磁盘；在此之前，最新的完好备份暂存在数据文件夹中。</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the data: a broken disk would take both. Choose a second disk or a USB drive if there is one.</source>
        <translation>此文件夹与数据在同一块磁盘上：磁盘损坏时两者会一起丢失。如有第二块磁盘或 U 盘，请改选它。</translation>
    </message>
    <message>
        <source>Suggested folder; it is used until you choose another.</source>
        <translation>这是建议的文件夹，在您另选之前一直使用它。</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>尚无。</translation>
    </message>
    <message>
        <source>kept locally in {path} (backup drive absent)</source>
        <translation>暂存在本机 {path}（备份磁盘不在）</translation>
    </message>
    <message>
        <source>{when}, {size}, {place}</source>
        <translation>{when}，{size}，{place}</translation>
    </message>
    <message>
        <source>Backup folder saved.</source>
        <translation>备份文件夹已保存。</translation>
    </message>
    <message>
        <source>Backing up… (you can keep working)</source>
        <translation>正在备份…（可以继续工作）</translation>
    </message>
    <message>
        <source>Backup made and checked: {path}</source>
        <translation>备份已完成并通过校验：{path}</translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <source>Saving stopped: the database is damaged</source>
        <translation>已停止保存：数据库已损坏</translation>
    </message>
    <message>
        <source>No good backup yet</source>
        <translation>尚无完好备份</translation>
    </message>
    <message>
        <source>Last good backup {n} days ago</source>
        <translation>最近一次完好备份在 {n} 天前</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print the follow-up records due this week</source>
        <translation>打印本周到期的回访记录</translation>
    </message>
    <message>
        <source>Follow-up visits due by {date} (overdue ones included). Each prints as a follow-up record filled in from the case, to complete and sign during the visit.</source>
        <translation>{date}前到期的回访（含已逾期的）。每次回访打印一份根据案件信息预填的《人民调解回访记录》，回访时现场填写并签名。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>更新预览(&amp;U)</translation>
    </message>
    <message>
        <source>Render the ticked follow-ups again (F5)</source>
        <translation>重新生成所勾选回访的预览（F5）</translation>
    </message>
    <message>
        <source>Press Update preview (F5) to render the ticked follow-ups.</source>
        <translation>请点击“更新预览”（F5）生成所勾选回访的预览。</translation>
    </message>
    <message>
        <source>No follow-up visit is due in the next seven days.</source>
        <translation>未来七天内没有到期的回访。</translation>
    </message>
    <message>
        <source>{chosen} of {total} ticked</source>
        <translation>已勾选 {chosen} / {total} 项</translation>
    </message>
    <message>
        <source>Tick at least one follow-up.</source>
        <translation>请至少勾选一项回访。</translation>
    </message>
    <message>
        <source>Preparing the follow-up records…</source>
        <translation>正在生成回访记录…</translation>
    </message>
    <message>
        <source>Preparing {count} follow-up records…</source>
        <translation>正在生成 {count} 份回访记录…</translation>
    </message>
    <message>
        <source>The batch was cancelled; nothing was printed or saved.</source>
        <translation>已取消批量生成，未打印也未保存任何文件。</translation>
    </message>
    <message>
        <source>Nothing can be printed; see the warning on the left.</source>
        <translation>没有可打印的文书，请查看左侧的提示。</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>已向打印机发送 {pages} 页。</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Print this week&apos;s &amp;follow-up records…</source>
        <translation>打印本周回访记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Print the follow-up records of every visit due in the next seven days</source>
        <translation>打印未来七天内到期的全部回访记录</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Rows to look at</source>
        <translation>需查看的行</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save the check as Excel…</source>
        <translation>将检查结果另存为 Excel…</translation>
    </message>
    <message>
        <source>{ready} rows ready, {warn} ready with warnings, {refused} refused, {skipped} skipped (blank, total or already imported rows). Importing takes in the {accepted} accepted rows in one step; refused rows can be fixed in the saved check and imported later.</source>
        <translation>可导入 {ready} 行，有提示但可导入 {warn} 行，不能导入 {refused} 行，跳过 {skipped} 行（空行、合计行或已导入的行）。导入时一次性导入这 {accepted} 行；不能导入的行可在保存的检查结果中修改后再导入。</translation>
    </message>
    <message>
        <source>Import {n} rows</source>
        <translation>导入 {n} 行</translation>
    </message>
    <message>
        <source>_check</source>
        <translation>_检查结果</translation>
    </message>
    <message>
        <source>Save the check</source>
        <translation>保存检查结果</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Only backups that passed their check and match their checksum are listed.</source>
        <translation>只列出通过检查且与校验文件一致的备份。</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>kept locally (backup drive absent)</source>
        <translation>暂存在本机（备份磁盘不在）</translation>
    </message>
    <message>
        <source>{when} — {size} — {place}</source>
        <translation>{when} — {size} — {place}</translation>
    </message>
    <message>
        <source>No good backup in this folder. Choose the folder on the backup drive (plug it in first).</source>
        <translation>此文件夹中没有完好的备份。请选择备份磁盘上的文件夹（先插上磁盘）。</translation>
    </message>
</context>
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
    <name>CommitteesBox</name>
    <message>
        <source>Communities and their mediation committees</source>
        <translation>社区及其人民调解委员会</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Numbering and every printed document use the committee of the case&apos;s community.</source>
        <translation>编号和所有打印文书都使用案件所属社区的调解委员会。</translation>
    </message>
    <message>
        <source>Changes travel to the communities with the next bundle.</source>
        <translation>修改随下一个数据包发送到各社区。</translation>
    </message>
    <message>
        <source>The street office sets these; they arrive with its reference data.</source>
        <translation>由街道设置，随街道的基础数据送达本机。</translation>
    </message>
    <message>
        <source>Add a community…</source>
        <translation>添加社区…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>CommunityCombo</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Edit community</source>
        <translation>修改社区</translation>
    </message>
    <message>
        <source>Add a community</source>
        <translation>添加社区</translation>
    </message>
    <message>
        <source>&lt;community&gt;人民调解委员会 when left empty</source>
        <translation>留空则为“社区名称+人民调解委员会”</translation>
    </message>
    <message>
        <source>The committee&apos;s name when left empty</source>
        <translation>留空则与委员会名称相同</translation>
    </message>
    <message>
        <source>In use (retired communities keep their records)</source>
        <translation>在用（停用的社区保留其记录）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Abbreviation in case numbers</source>
        <translation>案号简称</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>案号格式</translation>
    </message>
    <message>
        <source>Committee phone</source>
        <translation>委员会电话</translation>
    </message>
    <message>
        <source>Committee address</source>
        <translation>委员会地址</translation>
    </message>
    <message>
        <source>Uses the sub-district&apos;s pattern.</source>
        <translation>使用街道统一的案号格式。</translation>
    </message>
    <message>
        <source>The pattern is not valid yet.</source>
        <translation>案号格式尚不正确。</translation>
    </message>
    <message>
        <source>First number this year: {number}</source>
        <translation>今年第一个案号：{number}</translation>
    </message>
</context>
<context>
    <name>CommunityStrip</name>
    <message>
        <source>Legal adviser…</source>
        <translation>法律顾问…</translation>
    </message>
    <message>
        <source>Joint service…</source>
        <translation>共同服务…</translation>
    </message>
    <message>
        <source>A lecture or consultation several persons gave together</source>
        <translation>多名法律明白人共同开展的一场讲座或咨询活动</translation>
    </message>
    <message>
        <source>Community legal adviser: not recorded yet</source>
        <translation>社区法律顾问：尚未登记</translation>
    </message>
    <message>
        <source>Community legal adviser: {who}</source>
        <translation>社区法律顾问：{who}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>A backup holds personal data: confirm that you may restore it.</source>
        <translation>备份中含有个人信息：请确认您有权恢复。</translation>
    </message>
    <message>
        <source>With the printed &amp;recovery code</source>
        <translation>使用打印的恢复码(&amp;R)</translation>
    </message>
    <message>
        <source>With an &amp;administrator&apos;s password (this computer only)</source>
        <translation>使用管理员密码（仅限本机）(&amp;A)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The user name and password are those of an account in the backup: with the recovery code that account can log in on this computer afterwards; without it the account must be an administrator&apos;s whose key works on this computer.</source>
        <translation>用户名和密码是备份中某个账户的：使用恢复码时，该账户之后可在本机登录；不使用恢复码时，须是在本机能打开密钥的管理员账户。</translation>
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
        <source>{record} · {community}
field {field} · with {other} · {time}</source>
        <translation>{record} · {community}
字段：{field} · 对方：{other} · {time}</translation>
    </message>
    <message>
        <source>Resolved: the kept value stayed.</source>
        <translation>已处理：保留了当前的值。</translation>
    </message>
    <message>
        <source>Resolved on the other workstation; its decision arrived here.</source>
        <translation>已在对方工作站处理，处理结果已同步到本机。</translation>
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
    <name>CreatingPage</name>
    <message>
        <source>Creating the workstation</source>
        <translation>创建工作站</translation>
    </message>
    <message>
        <source>Check what will be created, then press Create.</source>
        <translation>请核对将要创建的内容，然后点击“创建”。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ready to create {name} ({role}) with the administrator {user}. Press Create to make the database, the data key and the account; this takes a few seconds.</source>
        <translation>即将创建“{name}”（{role}），管理员为 {user}。点击“创建”生成数据库、数据密钥和管理员账户，需要几秒钟。</translation>
    </message>
    <message>
        <source>Creating the database, the data key and the administrator account…</source>
        <translation>正在创建数据库、数据密钥和管理员账户……</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The check of the database found damage: {finding}. To keep the damage from spreading, saving is stopped; what you saved before is unchanged.</source>
        <translation>数据库检查发现损坏：{finding}。为防止损坏扩大，已停止保存；之前保存的内容没有改变。</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restore it into a new folder and work on there.</source>
        <translation>最新的完好备份时间为 {when}。请将它恢复到一个新文件夹，并在那里继续工作。</translation>
    </message>
    <message>
        <source>Restore the newest good backup…</source>
        <translation>恢复最新的完好备份…</translation>
    </message>
    <message>
        <source>No good backup was found. Ask the street office for help before entering anything new.</source>
        <translation>没有找到完好的备份。录入新内容之前，请先联系街道寻求帮助。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>risk item</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>legal-clarity person</source>
        <translation>法律明白人</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>notice to attend</source>
        <translation>调解通知书</translation>
    </message>
    <message>
        <source>instruction (交办/督办)</source>
        <translation>交办督办事项</translation>
    </message>
    <message>
        <source>{user} created a {entity} record</source>
        <translation>{user} 新建了一条{entity}记录</translation>
    </message>
    <message>
        <source>{user} updated a {entity} record</source>
        <translation>{user} 修改了一条{entity}记录</translation>
    </message>
    <message>
        <source>{user} deleted a {entity} record</source>
        <translation>{user} 删除了一条{entity}记录</translation>
    </message>
    <message>
        <source>{user} viewed the personal data of a {entity} record</source>
        <translation>{user} 查看了一条{entity}记录的个人信息</translation>
    </message>
    <message>
        <source>{user} printed a document</source>
        <translation>{user} 打印了文书</translation>
    </message>
    <message>
        <source>{user} exported data</source>
        <translation>{user} 导出了数据</translation>
    </message>
    <message>
        <source>{user} imported data</source>
        <translation>{user} 导入了数据</translation>
    </message>
    <message>
        <source>{user} logged in</source>
        <translation>{user} 登录</translation>
    </message>
    <message>
        <source>A login attempt failed</source>
        <translation>一次登录失败</translation>
    </message>
    <message>
        <source>{user} logged out</source>
        <translation>{user} 退出登录</translation>
    </message>
    <message>
        <source>{user} changed a password</source>
        <translation>{user} 修改了密码</translation>
    </message>
    <message>
        <source>{user} worked with the data key</source>
        <translation>{user} 进行了数据密钥操作</translation>
    </message>
    <message>
        <source>{user} registered dispute {record}</source>
        <translation>{user} 登记了纠纷 {record}</translation>
    </message>
    <message>
        <source>{user} worked on dispute {record}</source>
        <translation>{user} 办理了纠纷 {record}</translation>
    </message>
    <message>
        <source>{user} reported risk item {record}</source>
        <translation>{user} 上报了风险隐患 {record}</translation>
    </message>
    <message>
        <source>{user} worked on risk item {record}</source>
        <translation>{user} 处置了风险隐患 {record}</translation>
    </message>
    <message>
        <source>{user} added a user account</source>
        <translation>{user} 新增了用户账户</translation>
    </message>
    <message>
        <source>{user} changed a user account</source>
        <translation>{user} 修改了用户账户</translation>
    </message>
    <message>
        <source>{user} added a party</source>
        <translation>{user} 新增了当事人</translation>
    </message>
    <message>
        <source>{user} corrected a party&apos;s details</source>
        <translation>{user} 更正了当事人信息</translation>
    </message>
    <message>
        <source>{user} added a legal-clarity person</source>
        <translation>{user} 新增了法律明白人</translation>
    </message>
    <message>
        <source>{user} attached a file</source>
        <translation>{user} 上传了附件</translation>
    </message>
    <message>
        <source>The system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>record</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{user}: {action}</source>
        <translation>{user}：{action}</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>When</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Risk item</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Open disputes by status</source>
        <translation>在办纠纷（按状态）</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近动态</translation>
    </message>
    <message>
        <source>Today is {date}, {weekday}</source>
        <translation>今天是 {date}，{weekday}</translation>
    </message>
    <message>
        <source>{y}-{m}-{d}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{title} (mediators: {names})</source>
        <translation>{title}（调解员：{names}）</translation>
    </message>
    <message>
        <source>Follow-up visits due today and overdue ({n})</source>
        <translation>今日到期及逾期的回访（{n}）</translation>
    </message>
    <message>
        <source>Mediations: {today} today, {week} this week</source>
        <translation>调解安排：今日 {today} 场，本周 {week} 场</translation>
    </message>
    <message>
        <source>Judicial confirmation: closing within 7 days ({n})</source>
        <translation>7 日内届满的司法确认申请期限（{n}）</translation>
    </message>
    <message>
        <source>No more entries.</source>
        <translation>没有更多了。</translation>
    </message>
    <message>
        <source>No mediation is scheduled.</source>
        <translation>没有安排调解。</translation>
    </message>
    <message>
        <source>No follow-up visits are due.</source>
        <translation>没有到期的回访。</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>No application window closes this week.</source>
        <translation>近 7 日没有届满的申请期限。</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>{n} 天后</translation>
    </message>
    <message>
        <source>Closes today</source>
        <translation>今日届满</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Risk items past their deadline ({n})</source>
        <translation>超过化解时限的风险隐患（{n}）</translation>
    </message>
    <message>
        <source>{level}: {n}</source>
        <translation>{level}：{n}</translation>
    </message>
    <message>
        <source>No risk item is past its deadline.</source>
        <translation>没有超过化解时限的风险隐患。</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>暂无动态。</translation>
    </message>
    <message>
        <source>Click to open the record</source>
        <translation>单击打开该记录</translation>
    </message>
    <message>
        <source>Today and overdue</source>
        <translation>今日到期及逾期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 日内届满</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Past, not recorded</source>
        <translation>已过时间未记录</translation>
    </message>
    <message>
        <source>Closing today</source>
        <translation>今日届满</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Record delivery of a notice</source>
        <translation>登记通知书送达</translation>
    </message>
    <message>
        <source>delivered {day}</source>
        <translation>{day}已送达</translation>
    </message>
    <message>
        <source>not yet delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝签收</translation>
    </message>
    <message>
        <source>No signature (phone, text message …)</source>
        <translation>无需签收（电话、短信等）</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>送达人</translation>
    </message>
    <message>
        <source>Please enter who signed for the notice.</source>
        <translation>请填写签收人。</translation>
    </message>
    <message>
        <source>The delivery time is in the future.</source>
        <translation>送达时间晚于现在。</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved changes on: {pages}.</source>
        <translation>以下页面有未保存的修改：{pages}。</translation>
    </message>
    <message>
        <source>Choose Cancel to go back and save them first, or discard them and {action}.</source>
        <translation>选择“取消”可返回先保存；也可以放弃这些修改并{action}。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DisputeActionBar</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Schedule mediation…</source>
        <translation>安排调解…</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>调查/调解记录…</translation>
    </message>
    <message>
        <source>Extend deadline…</source>
        <translation>延长期限…</translation>
    </message>
    <message>
        <source>Record agreement…</source>
        <translation>达成协议…</translation>
    </message>
    <message>
        <source>End without agreement…</source>
        <translation>调解终止…</translation>
    </message>
    <message>
        <source>Record performance…</source>
        <translation>履行情况…</translation>
    </message>
    <message>
        <source>Schedule follow-up…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>回访记录…</translation>
    </message>
    <message>
        <source>Request judicial confirmation…</source>
        <translation>申请司法确认…</translation>
    </message>
    <message>
        <source>Court&apos;s decision…</source>
        <translation>法院裁定…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>No mediation is scheduled: schedule one first.</source>
        <translation>尚未安排调解，请先安排调解。</translation>
    </message>
    <message>
        <source>No application for judicial confirmation was recorded.</source>
        <translation>尚未登记司法确认申请。</translation>
    </message>
    <message>
        <source>The court&apos;s decision is recorded.</source>
        <translation>已登记法院裁定。</translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written agreement that has taken effect.</source>
        <translation>司法确认需要已生效的书面调解协议。</translation>
    </message>
    <message>
        <source>Judicial confirmation was already requested.</source>
        <translation>已申请过司法确认。</translation>
    </message>
    <message>
        <source>The 30-day window closed on {day}.</source>
        <translation>30日申请期限已于 {day} 届满。</translation>
    </message>
    <message>
        <source>Register the dispute first.</source>
        <translation>请先登记纠纷。</translation>
    </message>
    <message>
        <source>Not possible in the current status.</source>
        <translation>当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>Your role may not change disputes.</source>
        <translation>您的角色无权修改矛盾纠纷。</translation>
    </message>
</context>
<context>
    <name>DisputeColumns</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>调解场所</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一期限</translation>
    </message>
</context>
<context>
    <name>DisputeEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the dispute (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Choose an entry above to read it in full.</source>
        <translation>选择上方的条目可查看完整内容。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Risk items</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>new dispute</source>
        <translation>新纠纷</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>This case belongs to {community}: the street office reads it here and supervises it with an instruction (督办), without changing the community&apos;s record.</source>
        <translation>本案属于{community}：街道在此查阅，并通过督办提出要求，不直接修改社区的记录。</translation>
    </message>
    <message>
        <source>Add the parties: at least one applicant and one respondent.</source>
        <translation>请添加当事人：至少一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation>纠纷至少需要一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>The dispute “{title}” has changes that are not saved.</source>
        <translation>纠纷“{title}”有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Someone else changed this dispute since you opened it, so your changes were not saved.</source>
        <translation>您打开此纠纷后，其他人已修改了它，因此您的修改未保存。</translation>
    </message>
    <message>
        <source>Reload it to see the other changes, then make yours again. Copy any text you want to keep first.</source>
        <translation>请重新载入查看对方的修改，再重新录入您的修改。需要保留的文字请先复制。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep my edits on screen</source>
        <translation>保留屏幕上的修改</translation>
    </message>
</context>
<context>
    <name>DisputeFactsForm</name>
    <message>
        <source>Left blank: “A与B” and the type</source>
        <translation>留空则自动生成“某某与某某＋纠纷类型”</translation>
    </message>
    <message>
        <source>(choose the type)</source>
        <translation>（请选择纠纷类型）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>Yuan, e.g. 12000</source>
        <translation>涉及金额（元），如 12000</translation>
    </message>
    <message>
        <source>Court case reference (court referrals)</source>
        <translation>法院案号（法院委派/委托时填写）</translation>
    </message>
    <message>
        <source>Court&apos;s deadline</source>
        <translation>法院期限</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>简要说明纠纷经过</translation>
    </message>
    <message>
        <source>What the applicant asks for</source>
        <translation>申请人的请求事项</translation>
    </message>
    <message>
        <source>Counted in the statistics</source>
        <translation>计入统计报表</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type / source</source>
        <translation>纠纷类型 / 来源</translation>
    </message>
    <message>
        <source>Venue / grid</source>
        <translation>调解场所 / 网格</translation>
    </message>
    <message>
        <source>Received / amount / persons</source>
        <translation>受理日期 / 金额 / 人数</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>法院案号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>特别标记</translation>
    </message>
    <message>
        <source>Prevented</source>
        <translation>防止激化</translation>
    </message>
    <message>
        <source>Please choose the type of dispute (for the statistics).</source>
        <translation>请选择纠纷类型（用于统计报表）。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan as a number (at most two decimals), e.g. 12000 or 350.50.</source>
        <translation>请以“元”为单位填写数字金额（最多两位小数），例如 12000 或 350.50。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>DisputeFilterBar</name>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未结</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>状态：全部</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>状态：{names}</translation>
    </message>
    <message>
        <source>Status: {n} chosen</source>
        <translation>状态：已选 {n} 项</translation>
    </message>
</context>
<context>
    <name>DisputeHeading</name>
    <message>
        <source>New dispute</source>
        <translation>登记新纠纷</translation>
    </message>
    <message>
        <source>Judicial confirmation: the parties may apply jointly until {day} ({days} days left).</source>
        <translation>司法确认：双方可在 {day} 前共同申请（剩余 {days} 天）。</translation>
    </message>
    <message>
        <source>Mediation was due by {day}: overdue.</source>
        <translation>调解期限为 {day}，已逾期。</translation>
    </message>
    <message>
        <source>Mediation due by {day}.</source>
        <translation>调解期限：{day}。</translation>
    </message>
    <message>
        <source>(extended with the parties&apos; consent)</source>
        <translation>（经当事人同意延长）</translation>
    </message>
    <message>
        <source>(the entrusting court&apos;s deadline)</source>
        <translation>（委派/委托法院确定的期限）</translation>
    </message>
    <message>
        <source>Mediation scheduled for {when} at {place}.</source>
        <translation>已安排于{when}在{place}调解。</translation>
    </message>
</context>
<context>
    <name>DisputeListPanel</name>
    <message>
        <source>Search case number, title, party name or initials (e.g. zs)</source>
        <translation>搜索卷号、标题、当事人姓名或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>Register a new dispute (Ctrl+N)</source>
        <translation>登记新的矛盾纠纷（Ctrl+N）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>重新载入列表（F5）</translation>
    </message>
</context>
<context>
    <name>DisputePartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>添加被申请人</translation>
    </message>
    <message>
        <source>Add third party</source>
        <translation>添加第三人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show full details…</source>
        <translation>查看完整信息…</translation>
    </message>
    <message>
        <source>Shows the unmasked ID number and phone; the access is recorded in the audit log.</source>
        <translation>显示完整的证件号码和电话；本次查看将记入审计日志。</translation>
    </message>
    <message>
        <source>Open party page</source>
        <translation>打开当事人页面</translation>
    </message>
    <message>
        <source>{name} is already a party of this dispute.</source>
        <translation>{name}已是本纠纷的当事人。</translation>
    </message>
    <message>
        <source>Full details</source>
        <translation>完整信息</translation>
    </message>
    <message>
        <source>This access has been recorded in the audit log.</source>
        <translation>本次查看已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>DisputeTimeline</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Imported from a ledger</source>
        <translation>导入自台账</translation>
    </message>
    <message>
        <source>from {file}, row {row} ({case_no}; by {user} on {day})</source>
        <translation>导入自 {file} 第{row}行（{case_no}；{user} 于 {day} 导入）</translation>
    </message>
    <message>
        <source>Received and registered</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>from {before}, by {user}</source>
        <translation>原为“{before}”，操作人 {user}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>经办人：{user}</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已调解</translation>
    </message>
    <message>
        <source>overdue: record the session</source>
        <translation>已过期，请登记调解记录</translation>
    </message>
    <message>
        <source>Mediation scheduled</source>
        <translation>已安排调解</translation>
    </message>
    <message>
        <source>{place}; mediators: {names}; contact: {contact} ({state})</source>
        <translation>{place}；调解员：{names}；联系人：{contact}（{state}）</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Judicial confirmation applied</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>Court&apos;s decision</source>
        <translation>法院裁定</translation>
    </message>
    <message>
        <source>present: {names}</source>
        <translation>参加人：{names}</translation>
    </message>
    <message>
        <source>amount {yuan} yuan</source>
        <translation>金额 {yuan} 元</translation>
    </message>
    <message>
        <source>Agreement ({kind})</source>
        <translation>调解协议（{kind}）</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>window closed</source>
        <translation>申请期限已届满</translation>
    </message>
    <message>
        <source>{days} days left to apply jointly</source>
        <translation>剩余 {days} 天可共同申请</translation>
    </message>
    <message>
        <source>Judicial confirmation deadline</source>
        <translation>司法确认申请截止</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Mediation ended</source>
        <translation>调解终止</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{created} records were imported ({parties} new parties, {matched} matched to known ones; {kept} case numbers kept from the sheet). Each record&apos;s history starts with the file and row it came from; the records go to the street office with the next export.</source>
        <translation>已导入 {created} 条记录（新建当事人 {parties} 人，与已有当事人匹配 {matched} 人；沿用表中卷宗号 {kept} 个）。每条记录的办理经过以来源文件和行号开始；下次导出时这些记录将报送街道。</translation>
    </message>
    <message>
        <source>New case numbers were issued for {n} rows whose number belongs to another community or is already taken.</source>
        <translation>有 {n} 行的卷宗号属于其他社区或已被占用，已为其重新编号。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup of {when} was restored into {path}. Press Finish to work on it; the previous folder stays untouched.</source>
        <translation>{when} 的备份已恢复到 {path}。点击“完成”后将在该文件夹中工作；原来的文件夹保持不变。</translation>
    </message>
</context>
<context>
    <name>EndMediationDialog</name>
    <message>
        <source>End mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>e.g. the respondent clearly refuses mediation; the parties could not agree on the amount</source>
        <translation>例如：被申请人明确拒绝调解；双方对金额分歧过大</translation>
    </message>
    <message>
        <source>No session was held yet: before one, mediation ends only because a party refuses it.</source>
        <translation>尚未进行调解：此时只能因一方当事人拒绝调解而终止。</translation>
    </message>
    <message>
        <source>The parties are told of the other routes: a lawsuit, arbitration or an administrative authority.</source>
        <translation>将告知当事人可以通过诉讼、仲裁或行政途径解决纠纷。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写理由。</translation>
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
    <name>ExportPage</name>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Export bundles for the street office are written here (a USB stick or a shared folder is fine). You can change it later in Settings.</source>
        <translation>发送给街道的导出数据包保存在这里（可以是 U 盘或共享文件夹）。以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>A checked backup is made here every day. Best on a second disk or a USB drive that stays plugged in; never inside the data folder.</source>
        <translation>每天在这里生成一份经过校验的备份。最好放在第二块磁盘或一直插着的 U 盘上；不能放在数据文件夹里。</translation>
    </message>
    <message>
        <source>The database itself stays on this computer&apos;s disk, in {path}. It never goes on a USB stick or a network share.</source>
        <translation>数据库本身保存在本机硬盘的 {path} 中，绝不放在 U 盘或网络共享上。</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>Extend the mediation deadline</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Who agreed, how and when (e.g. both parties agreed in person on 3 March)</source>
        <translation>谁、以何种方式、何时同意（例如：双方当事人于3月3日当面同意）</translation>
    </message>
    <message>
        <source>Every party agreed to the extension</source>
        <translation>各方当事人均同意延长</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>当前期限</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>延长至</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>当事人同意情况</translation>
    </message>
    <message>
        <source>An extension needs the consent of every party.</source>
        <translation>延长调解期限须经各方当事人同意。</translation>
    </message>
    <message>
        <source>Please record who agreed to the extension, how and when.</source>
        <translation>请记录谁、以何种方式、何时同意延长。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <source>An Excel or WPS sheet (.xlsx, .xls) or a .csv file. WPS&apos;s own .et files: save them as .xlsx first. Nothing is changed until the last step.</source>
        <translation>Excel 或 WPS 表格（.xlsx、.xls）或 .csv 文件。WPS 的 .et 文件请先另存为 .xlsx。最后一步之前不会改动任何数据。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Your role may not add these records.</source>
        <translation>您的角色无权新增此类记录。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>台账内容</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up visit</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>What the visit found (new hazards?)</source>
        <translation>回访中发现的情况（有无新的隐患）</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Please name who made the visit.</source>
        <translation>请填写回访人。</translation>
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
        <source>Replace {name}; it will be revoked (administrators only)</source>
        <translation>替换{name}，原工作站将被吊销（仅限管理员）</translation>
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
        <source>This workstation is already enrolled with another office. Tick the box to replace it, or close this window.</source>
        <translation>本工作站已与另一个街道工作站注册。如要替换，请勾选上面的方框；否则请关闭此窗口。</translation>
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
    <name>InstructBar</name>
    <message>
        <source>Instruct the community…</source>
        <translation>交办/督办…</translation>
    </message>
    <message>
        <source>Give the community an instruction (交办/督办) on this record, with a due date</source>
        <translation>就此记录向社区交办/督办，并设定反馈期限</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Instruct a community</source>
        <translation>交办社区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>The case number or item code, e.g. as shown in the list</source>
        <translation>卷宗号或隐患编号（与列表中显示的一致）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type the code of the record.</source>
        <translation>请输入记录的编号。</translation>
    </message>
    <message>
        <source>The community&apos;s responsible person</source>
        <translation>社区责任人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>What the community should do</source>
        <translation>要求社区办理的事项</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>交办内容</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Send the instruction</source>
        <translation>发出交办</translation>
    </message>
    <message>
        <source>No record with this code.</source>
        <translation>没有该编号的记录。</translation>
    </message>
    <message>
        <source>{code} {title} ({community})</source>
        <translation>{code} {title}（{community}）</translation>
    </message>
    <message>
        <source>Find the record first: type its case number or item code.</source>
        <translation>请先找到记录：输入卷宗号或隐患编号。</translation>
    </message>
    <message>
        <source>Write what the community should do.</source>
        <translation>请填写要求社区办理的事项。</translation>
    </message>
    <message>
        <source>The answer is due today or later.</source>
        <translation>反馈期限不能早于今天。</translation>
    </message>
</context>
<context>
    <name>JcRequestDialog</name>
    <message>
        <source>Judicial confirmation: application</source>
        <translation>司法确认：申请</translation>
    </message>
    <message>
        <source>Both parties apply together within 30 days of the agreement taking effect (until {day}). Every natural-person party needs an ID number on file.</source>
        <translation>双方当事人应自协议生效之日起30日内共同申请（截至{day}）。每位自然人当事人都需登记身份证件号码。</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Please name the court.</source>
        <translation>请填写人民法院名称。</translation>
    </message>
</context>
<context>
    <name>JcResultDialog</name>
    <message>
        <source>Judicial confirmation: the court&apos;s decision</source>
        <translation>司法确认：法院裁定</translation>
    </message>
    <message>
        <source>e.g. （2026）粤0309民特123号</source>
        <translation>例如：（2026）粤0309民特123号</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Ruling number</source>
        <translation>裁定书文号</translation>
    </message>
    <message>
        <source>Please enter the number of the court&apos;s ruling (调确字/民特).</source>
        <translation>请填写法院裁定书文号（调确字/民特）。</translation>
    </message>
</context>
<context>
    <name>JointServiceDialog</name>
    <message>
        <source>Record a joint service</source>
        <translation>登记共同服务</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>e.g. Civil Code lecture in the community square</source>
        <translation>如：社区广场民法典宣讲</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Counted once as an event (场次) and once for its audience, and in each person&apos;s service record.</source>
        <translation>统计时计为一场（场次），受众人数只计一次；同时记入每位参与人员的服务记录。</translation>
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
        <source>(not given)</source>
        <translation>（未填写）</translation>
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
    <name>LedgerImport</name>
    <message>
        <source>Disputes (矛盾纠纷排查化解台账)</source>
        <translation>矛盾纠纷（矛盾纠纷排查化解台账）</translation>
    </message>
    <message>
        <source>Risk items (风险隐患台账)</source>
        <translation>风险隐患（风险隐患台账）</translation>
    </message>
    <message>
        <source>Legal-clarity persons (法律明白人名册)</source>
        <translation>法律明白人（法律明白人名册）</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>ready, with warnings</source>
        <translation>可导入（有提示）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>&amp;Import a ledger (Excel)…</source>
        <translation>导入台账（Excel）(&amp;I)…</translation>
    </message>
    <message>
        <source>Take an existing Excel, WPS or CSV ledger in, with a check of every row</source>
        <translation>导入已有的 Excel、WPS 或 CSV 台账，逐行检查后导入</translation>
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
    <name>LinkedRisksPanel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Link risk item…</source>
        <translation>关联风险隐患…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
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
    <name>LockScreen</name>
    <message>
        <source>This workstation is locked</source>
        <translation>本工作站已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Locked after a period without use. {name} ({user}), enter your password to continue where you left off.</source>
        <translation>长时间未操作，已自动锁定。{name}（{user}），请输入密码，继续刚才的工作。</translation>
    </message>
    <message>
        <source>Locked. {name} ({user}), enter your password to continue where you left off.</source>
        <translation>已锁定。{name}（{user}），请输入密码，继续刚才的工作。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Demo data (not real records): log in as {user} with the password {password}. Other demo users: mediator, grid, viewer.</source>
        <translation>演示数据（非真实记录）：用户名 {user}，密码 {password}。其他演示用户：mediator、grid、viewer。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code…</source>
        <translation>使用恢复码(&amp;R)…</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter your user name and password, then the recovery code.</source>
        <translation>请先输入用户名和密码，再输入恢复码。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Type the recovery code printed when this workstation was set up (14 groups of 4 characters). It opens the records on this computer, and your password will open them here from now on.</source>
        <translation>请输入设置本工作站时打印的恢复码（14 组，每组 4 个字符）。它会在本电脑上打开记录，此后您的密码即可在此打开记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> [demo data]</source>
        <translation> [演示数据]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>在本页查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>No page on this workstation shows this kind of record.</source>
        <translation>本工作站没有可以显示这类记录的页面。</translation>
    </message>
    <message>
        <source>switch user</source>
        <translation>切换用户</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Check which column fills which field. Fields marked * are needed. The choice is remembered for the community&apos;s next ledger.</source>
        <translation>请核对每一列对应的字段，带 * 的为必填。本次对应关系将保存，供本社区下次导入使用。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header on row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>表中的列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>As it will be stored</source>
        <translation>导入后的内容</translation>
    </message>
    <message>
        <source>The first rows, as the app would store them:</source>
        <translation>前几行导入后的样子：</translation>
    </message>
    <message>
        <source>— not in the sheet —</source>
        <translation>— 表中没有 —</translation>
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
    <name>MediatorDialog</name>
    <message>
        <source>Add mediator</source>
        <translation>添加调解员</translation>
    </message>
    <message>
        <source>New on the roster…</source>
        <translation>新增到名册…</translation>
    </message>
    <message>
        <source>Put a mediator who is not yet listed on the committee&apos;s roster</source>
        <translation>把尚未列入调委会名册的调解员加入名册</translation>
    </message>
    <message>
        <source>Chosen from the roster or the legal-clarity persons</source>
        <translation>从调解员名册或法律明白人中选择</translation>
    </message>
    <message>
        <source>(not a legal-clarity person)</source>
        <translation>（非法律明白人）</translation>
    </message>
    <message>
        <source>Lead mediator</source>
        <translation>主持调解员</translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>or legal-clarity person</source>
        <translation>或法律明白人</translation>
    </message>
    <message>
        <source>(choose from the roster)</source>
        <translation>（从名册中选择）</translation>
    </message>
    <message>
        <source>Choose a mediator from the roster (or a legal-clarity person).</source>
        <translation>请从调解员名册中选择调解员（或选择法律明白人）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>MediatorsPanel</name>
    <message>
        <source>Add mediator…</source>
        <translation>添加调解员…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>调解员名册…</translation>
    </message>
    <message>
        <source>The committee&apos;s roster of people&apos;s mediators</source>
        <translation>本调委会的人民调解员名册</translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation>（主持）</translation>
    </message>
    <message>
        <source>(legal-clarity person)</source>
        <translation>（法律明白人）</translation>
    </message>
    <message>
        <source>(not on the roster)</source>
        <translation>（不在名册中）</translation>
    </message>
</context>
<context>
    <name>MergePartyDialog</name>
    <message>
        <source>Merge duplicate parties</source>
        <translation>合并重复当事人</translation>
    </message>
    <message>
        <source>Every dispute and risk item of the duplicate moves to {name}; empty fields are filled from it. The duplicate is then removed.</source>
        <translation>重复记录的全部纠纷和风险隐患将转到“{name}”名下，空白信息由重复记录补全，随后删除重复记录。</translation>
    </message>
    <message>
        <source>Find the duplicate by name, ID number or phone</source>
        <translation>按姓名、证件号码或电话查找重复记录</translation>
    </message>
</context>
<context>
    <name>NameGlyphs</name>
    <message>
        <source>The character {chars} is in none of the print fonts: documents that print this name cannot be printed filled in (other documents of the case can). Check the name; if it is right, those documents are printed blank and the name written in by hand.</source>
        <translation>字符{chars}不在任何打印字体中：打印此姓名的文书无法填好打印（本案其他文书不受影响）。请核对姓名；如确实无误，这些文书请打印空白表后手工填写姓名。</translation>
    </message>
</context>
<context>
    <name>NextStepStrip</name>
    <message>
        <source>New dispute · Next: fill in the case and save it to register it</source>
        <translation>新纠纷 · 下一步：填写案情后保存即完成登记</translation>
    </message>
    <message>
        <source>{status} · Next:</source>
        <translation>{status} · 下一步：</translation>
    </message>
    <message>
        <source>none: the case is closed.</source>
        <translation>无：本案已办结。</translation>
    </message>
</context>
<context>
    <name>OfficeOverviewPage</name>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近收到数据包</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>缺失数据包</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>在办纠纷</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Overdue risks</source>
        <translation>超期风险隐患</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>超期未结案件</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Whole sub-district</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Flag a community when its last bundle is older than</source>
        <translation>数据包超过此天数未更新即标记：</translation>
    </message>
    <message>
        <source>Legal-clarity persons per community at least</source>
        <translation>每社区法律明白人最少：</translation>
    </message>
    <message>
        <source>Charts of the last twelve months for</source>
        <translation>近十二个月图表：</translation>
    </message>
    <message>
        <source>%1 communities; %2 without a bundle in the last %3 days: %4</source>
        <translation>共%1个社区；%2个社区近%3天未报送数据包：%4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Disputes per month</source>
        <translation>每月矛盾纠纷</translation>
    </message>
    <message>
        <source>Risk items by level</source>
        <translation>风险隐患等级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号</translation>
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
</context>
<context>
    <name>Pager</name>
    <message>
        <source>The previous page of this list</source>
        <translation>本列表的上一页</translation>
    </message>
    <message>
        <source>The next page of this list</source>
        <translation>本列表的下一页</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Search by name, initials (e.g. zs), full ID number or phone</source>
        <translation>按姓名、拼音首字母（如 zs）、完整证件号码或电话搜索</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Someone else changed this party since you opened it, so your changes were not saved. The page now shows the current details.</source>
        <translation>您打开后，其他人已修改了该当事人，因此您的修改未保存。页面现已显示最新信息。</translation>
    </message>
    <message>
        <source>Merge duplicate parties</source>
        <translation>合并重复当事人</translation>
    </message>
    <message>
        <source>Merge the chosen duplicate into {name}? This cannot be undone.</source>
        <translation>确定将所选重复记录合并到“{name}”吗？此操作不可撤销。</translation>
    </message>
    <message>
        <source>The two records belong to different communities, so they were linked, not merged: each community keeps its own record and its disputes.</source>
        <translation>两条记录属于不同社区，因此只作关联、不合并：各社区保留自己的记录及其纠纷。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
</context>
<context>
    <name>PartyDetailPanel</name>
    <message>
        <source>Choose a party on the left.</source>
        <translation>请在左侧选择当事人。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期/年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址/地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人/负责人</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Show full details…</source>
        <translation>查看完整信息…</translation>
    </message>
    <message>
        <source>Shows the unmasked ID number, phone and address; the access is recorded in the audit log.</source>
        <translation>显示完整的证件号码、电话和地址；本次查看将记入审计日志。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this party…</source>
        <translation>合并重复记录到此当事人…</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Risk items</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>⚠ {name} has {n} open disputes. Repeated petitions are a risk signal: check whether the cases belong together and whether a risk item should be reported.</source>
        <translation>⚠ {name}有 {n} 件未结纠纷。反复申请、多头反映是风险信号：请研判这些案件是否相关，是否需要报送风险隐患。</translation>
    </message>
    <message>
        <source>Disputes ({n})</source>
        <translation>矛盾纠纷（{n}）</translation>
    </message>
    <message>
        <source>Risk items ({n})</source>
        <translation>风险隐患（{n}）</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
    <message>
        <source>No personal data on file.</source>
        <translation>未登记个人信息。</translation>
    </message>
    <message>
        <source>This access has been recorded in the audit log.</source>
        <translation>本次查看已记入审计日志。</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add party: {role}</source>
        <translation>添加当事人：{role}</translation>
    </message>
    <message>
        <source>Find a registered party by name, initials, ID number or phone</source>
        <translation>按姓名、拼音首字母、证件号码或电话查找已登记的当事人</translation>
    </message>
    <message>
        <source>Optional; needed for judicial confirmation</source>
        <translation>选填；申请司法确认时必填</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址/地址</translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人/负责人</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No registered party matches; enter the details below.</source>
        <translation>没有匹配的已登记当事人，请在下方填写。</translation>
    </message>
    <message>
        <source>Registered party found: {name}. The dispute will use the existing record (edit it on the party page).</source>
        <translation>已找到登记过的当事人：{name}。本纠纷将使用已有记录（如需修改请到当事人页面）。</translation>
    </message>
    <message>
        <source>{n} registered parties have this name: pick one above if it is the same person.</source>
        <translation>已有 {n} 位同名当事人：如是同一人，请在上方列表中选择。</translation>
    </message>
</context>
<context>
    <name>PartyEditDialog</name>
    <message>
        <source>Edit party: {name}</source>
        <translation>修改当事人：{name}</translation>
    </message>
    <message>
        <source>Under 14 (sensitive personal information)</source>
        <translation>不满14周岁（敏感个人信息）</translation>
    </message>
    <message>
        <source>Values shown with * are masked and stay as they are unless you replace them.</source>
        <translation>带 * 的内容已脱敏显示，不重新填写则保持不变。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业或职务</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址/地址</translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人/负责人</translation>
    </message>
    <message>
        <source>Title of the representative</source>
        <translation>法定代表人职务</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名或名称。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password for {user}. This also lifts a lockout after failed logins.</source>
        <translation>为 {user} 设置新密码。因登录失败而锁定的账户也将同时解锁。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>At least {n} characters, with letters and digits.</source>
        <translation>至少 {n} 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>密码可用。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Zoom of the preview</source>
        <translation>预览缩放</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the previewed pages (Ctrl+P)</source>
        <translation>打印预览中的页面（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the previewed pages as a PDF file (Ctrl+Shift+S)</source>
        <translation>将预览中的页面另存为PDF文件（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Choose the documents to preview.</source>
        <translation>请选择要预览的文书。</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>无法显示预览。</translation>
    </message>
    <message>
        <source>{pages} pages, {documents} documents</source>
        <translation>共 {pages} 页，{documents} 份文书</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>PerformanceDialog</name>
    <message>
        <source>Record performance</source>
        <translation>登记履行情况</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
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
    <name>PrintDialog</name>
    <message>
        <source>A character cannot be printed</source>
        <translation>有字符无法打印</translation>
    </message>
    <message>
        <source>{who}: the character “{char}” ({codepoint}) is in none of the print fonts, so these documents were left out: {titles}. Check the name; if it is right, print the blank form and write it in by hand.</source>
        <translation>{who}中的“{char}”字（{codepoint}）所有打印字体均不包含，以下文书未予打印：{titles}。请核对该姓名；如确为此字，请打印空白表格后手工填写。</translation>
    </message>
    <message>
        <source>{who}: the character “{char}” ({codepoint}) prints in the fallback font {face}; check it in the preview.</source>
        <translation>{who}中的“{char}”字（{codepoint}）将以{face}打印，请在预览中核对。</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Tick the documents to print; they print in this order.</source>
        <translation>勾选要打印的文书，按列表顺序打印。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Notice to attend: one for each ticked party</source>
        <translation>调解通知书：每位勾选的当事人各一份</translation>
    </message>
    <message>
        <source>How many copies of each page the printer prints</source>
        <translation>每页打印的份数</translation>
    </message>
    <message>
        <source>Blank forms, to fill in by hand</source>
        <translation>打印空白表格（手工填写）</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>打印份数：</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>空白表格</translation>
    </message>
    <message>
        <source>{name} (the documents of the whole community)</source>
        <translation>{name}（所在社区的文书）</translation>
    </message>
    <message>
        <source>Tick at least one document.</source>
        <translation>请至少勾选一份文书。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Preparing the documents…</source>
        <translation>正在生成文书…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>已取消生成预览。</translation>
    </message>
    <message>
        <source>Nothing can be printed; see the warning on the left.</source>
        <translation>没有可打印的文书，请查看左侧的提示。</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>已向打印机发送 {pages} 页。</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>QuitPrompt</name>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved changes on: {pages}.</source>
        <translation>以下页面有未保存的修改：{pages}。</translation>
    </message>
    <message>
        <source>Save them before quitting? The program stays open if a save does not succeed.</source>
        <translation>退出前是否保存？如有保存不成功的，程序不会退出。</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>保存并退出</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>不保存退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>Please write the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message>
        <source>No records match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>Loaded {loaded} of {total}</source>
        <translation>已加载 {loaded} / 共 {total}</translation>
    </message>
    <message>
        <source>Loaded {loaded} (scroll for more)</source>
        <translation>已加载 {loaded}（向下滚动加载更多）</translation>
    </message>
    <message>
        <source>Loaded {loaded}</source>
        <translation>已加载 {loaded}</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code: write it down now</source>
        <translation>恢复码：请现在就抄下来</translation>
    </message>
    <message>
        <source>The workstation is ready. This code is shown only once.</source>
        <translation>工作站已创建。恢复码只显示这一次。</translation>
    </message>
    <message>
        <source>Personal data is encrypted with a key that only a user&apos;s password on this computer, or this code, opens. If the computer breaks, its user profile is lost or every administrator forgets the password, this code is the only way to read the records again. Print it or copy it by hand, check every group, and keep the paper locked away — not next to the computer and never in a file on it.</source>
        <translation>个人信息使用密钥加密，只有本电脑上用户的密码或本恢复码才能打开。如果电脑损坏、用户配置丢失或所有管理员都忘记了密码，本恢复码是重新读取记录的唯一办法。请打印或手抄，逐组核对，并将纸张锁好保管——不要放在电脑旁，也不要存为电脑上的文件。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery code and will keep it locked away.</source>
        <translation>我已抄写或打印恢复码，并将锁存保管(&amp;W)。</translation>
    </message>
    <message>
        <source>Copied. Paste it only onto paper you print, never into a file you keep.</source>
        <translation>已复制。只可粘贴到要打印的纸面上，不要保存成文件。</translation>
    </message>
    <message>
        <source>Guanlan desk — data key recovery code</source>
        <translation>观澜街道调解与风险台账——数据密钥恢复码</translation>
    </message>
    <message>
        <source>Workstation: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <source>Printed on: {day}</source>
        <translation>打印日期：{day}</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. With it the data key and a backup can be restored on a new computer.</source>
        <translation>请将本页锁好保管。凭此可在新电脑上恢复数据密钥和备份。</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer dispute</source>
        <translation>移交纠纷</translation>
    </message>
    <message>
        <source>e.g. 深圳市龙华区人民法院</source>
        <translation>如：深圳市龙华区人民法院</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>移交类别</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Please name where the dispute goes.</source>
        <translation>请填写接收单位。</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Office overview</source>
        <translation>街道概览</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
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
        <source>{status} · Next:</source>
        <translation>{status} · 下一步：</translation>
    </message>
    <message>
        <source>New item · Next:</source>
        <translation>新风险隐患 · 下一步：</translation>
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
</context>
<context>
    <name>RiskPickerDialog</name>
    <message>
        <source>Link risk item</source>
        <translation>关联风险隐患</translation>
    </message>
    <message>
        <source>Search risk items by code or title</source>
        <translation>按编号或标题搜索风险隐患</translation>
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
    <name>RolePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>This computer is set up once. First: where is it used?</source>
        <translation>本电脑只需设置一次。首先，请选择它的用途。</translation>
    </message>
    <message>
        <source>&amp;Community workstation (a community&apos;s mediation room or front desk)</source>
        <translation>社区工作站（社区调解室或服务窗口）(&amp;C)</translation>
    </message>
    <message>
        <source>Street &amp;office (观澜街道: receives every community&apos;s records)</source>
        <translation>街道工作站（观澜街道：汇总各社区的记录）(&amp;O)</translation>
    </message>
    <message>
        <source>Registers disputes, keeps the risk ledger and the legal-clarity persons of one community, and sends export bundles to the street office.</source>
        <translation>登记矛盾纠纷，管理本社区的风险隐患台账和法律明白人，并向街道报送导出数据包。</translation>
    </message>
    <message>
        <source>Imports the communities&apos; bundles, sees the whole sub-district and sends back reference data and receipts.</source>
        <translation>导入各社区的数据包，掌握全街道情况，并向社区下发基础数据和回执。</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation>改为从备份恢复…</translation>
    </message>
    <message>
        <source>Was this computer already set up, and its data folder lost? Restore the newest backup with the printed recovery code.</source>
        <translation>这台电脑以前已设置过，但数据文件夹丢失了？请用打印的恢复码恢复最新的备份。</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Roster of people&apos;s mediators</source>
        <translation>人民调解员名册</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>参与案件</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训情况</translation>
    </message>
    <message>
        <source>Add a mediator…</source>
        <translation>新增调解员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Your role can read the roster but not change it.</source>
        <translation>您的角色只能查看名册，不能修改。</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>已不再任职</translation>
    </message>
    <message>
        <source>{active} active mediators, {total} on the roster. Cases choose their mediators from here; greyed rows are no longer active.</source>
        <translation>在任调解员 {active} 名，名册共 {total} 名。案件的调解员从此名册中选择；灰色行为已不再任职的人员。</translation>
    </message>
</context>
<context>
    <name>RosterEntryDialog</name>
    <message>
        <source>Edit mediator</source>
        <translation>编辑调解员</translation>
    </message>
    <message>
        <source>Add a mediator to the roster</source>
        <translation>新增调解员到名册</translation>
    </message>
    <message>
        <source>Mediator certificate number</source>
        <translation>人民调解员证书编号</translation>
    </message>
    <message>
        <source>Printed as the contact on notices</source>
        <translation>作为联系人电话印在调解通知书上</translation>
    </message>
    <message>
        <source>One training a line: date, topic, hours</source>
        <translation>每行一次培训：日期、内容、学时</translation>
    </message>
    <message>
        <source>Active (chosen for new cases)</source>
        <translation>在任（可选为新案件的调解员）</translation>
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
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训情况</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule follow-up</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Move the follow-up visit</source>
        <translation>调整回访日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>A visit is already due on {day}; this moves it (no second visit is added).</source>
        <translation>已安排{day}回访；此处调整该次回访的日期（不会另增一次回访）。</translation>
    </message>
</context>
<context>
    <name>ScheduleMediationDialog</name>
    <message>
        <source>Reschedule mediation</source>
        <translation>改期调解</translation>
    </message>
    <message>
        <source>Schedule mediation</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <source>(another place)</source>
        <translation>（其他地点）</translation>
    </message>
    <message>
        <source>Names, separated by 、</source>
        <translation>姓名，用“、”分隔</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The notices for {when} will be marked superseded and new ones issued.</source>
        <translation>原定{when}的调解通知书将作废，并重新发出通知书。</translation>
    </message>
    <message>
        <source>One notice to attend is issued to each applicant and respondent. Mediation is voluntary: the notice invites and says a party may decline.</source>
        <translation>向每位申请人和被申请人各发出一份调解通知书。调解遵循自愿原则：通知书是邀请，并告知当事人可以拒绝。</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>调解场所</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>携带材料</translation>
    </message>
    <message>
        <source>Notices to</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>The mediation time is in the past.</source>
        <translation>调解时间早于现在。</translation>
    </message>
    <message>
        <source>Please enter where the mediation takes place.</source>
        <translation>请填写调解地点。</translation>
    </message>
    <message>
        <source>Name at least one mediator.</source>
        <translation>请至少填写一名调解员。</translation>
    </message>
    <message>
        <source>Please name the contact person.</source>
        <translation>请填写联系人。</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>%1 communities</source>
        <translation>%1个社区</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>Add session record</source>
        <translation>调查/调解记录</translation>
    </message>
    <message>
        <source>What was said and done</source>
        <translation>调查或调解的经过和内容</translation>
    </message>
    <message>
        <source>Records the mediation scheduled for {when} (mediators: {names}).</source>
        <translation>记录原定于{when}的调解（调解员：{names}）。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Please write down what was said and done.</source>
        <translation>请填写调查或调解的经过和内容。</translation>
    </message>
    <message>
        <source>A session cannot take place before the dispute was received.</source>
        <translation>记录时间不能早于纠纷受理日期。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>A new language takes effect when the app is started again.</source>
        <translation>更改语言后，需重新启动软件才能生效。</translation>
    </message>
    <message>
        <source>{n} pt</source>
        <translation>{n} 磅</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A folder for export bundles (USB stick or shared folder)</source>
        <translation>存放导出数据包的文件夹（U 盘或共享文件夹）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Lock after no use for</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>{name} ({user}), role: {role}</source>
        <translation>{name}（{user}），角色：{role}</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Workstation number</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>工作站标识</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>DEMO DATA: generated records, not real people. Its demo password is shown at the login and is not secret. Never enter real records here.</source>
        <translation>演示数据：系统生成的记录，并非真实人员。演示密码显示在登录界面，并不保密。切勿在此录入真实记录。</translation>
    </message>
    <message>
        <source>Personal data (ID numbers, phone numbers, addresses, sensitive notes) is encrypted with this workstation&apos;s data key. The key is stored only locked: once for each user under their password, and once under the recovery code printed during setup. Logging in opens it; changing a password locks it anew. With the recovery code the key, and a backup, can be restored on a new computer. Keep the printed code locked away, apart from the computer. If every password and the code are lost, the encrypted personal data cannot be read again.</source>
        <translation>个人信息（身份证号、电话、住址、敏感备注）使用本工作站的数据密钥加密。密钥只以加锁形式保存：每个用户各一份，用其密码加锁；另有一份用设置时打印的恢复码加锁。登录时打开密钥；修改密码时重新加锁。凭恢复码可在新电脑上恢复密钥和备份。请将打印的恢复码与电脑分开、锁好保管。如果所有密码和恢复码都丢失，加密的个人信息将无法再读取。</translation>
    </message>
    <message>
        <source>Data key and recovery code</source>
        <translation>数据密钥与恢复码</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up this workstation</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Report written: %1 (%2 pages)</source>
        <translation>报告已生成：%1（%2页）</translation>
    </message>
    <message>
        <source>Workbook written: %1 (%2 rows)</source>
        <translation>工作簿已导出：%1（%2行）</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>The workbook will show names, phone numbers and ID numbers in clear. The export is recorded in the audit log. Continue?</source>
        <translation>工作簿将显示姓名、电话和身份证号明文，本次导出将记入审计日志。是否继续？</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Click a figure to list the records behind it.</source>
        <translation>点击指标，列出其对应的记录。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Personal data in clear</source>
        <translation>导出个人信息明文</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Dispute ledger (矛盾纠纷排查化解台账)</source>
        <translation>矛盾纠纷排查化解台账</translation>
    </message>
    <message>
        <source>Risk ledger (风险隐患台账)</source>
        <translation>风险隐患台账</translation>
    </message>
    <message>
        <source>Legal-clarity roster (法律明白人花名册)</source>
        <translation>法律明白人花名册</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Report PDF</source>
        <translation>工作报告PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Figures paragraph (click a number for its records)</source>
        <translation>数据段落（点击数字查看对应记录）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Figures computed from the records; no personal data is read.</source>
        <translation>数据由记录实时统计，不读取个人信息。</translation>
    </message>
    <message>
        <source>Records behind “%1”: loading…</source>
        <translation>“%1”对应的记录：正在读取…</translation>
    </message>
    <message>
        <source>Records behind “%1”: %2 (double-click opens one)</source>
        <translation>“%1”对应的记录：%2条（双击打开）</translation>
    </message>
    <message>
        <source>Paragraph copied.</source>
        <translation>段落已复制。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>{workstation} — DEMO DATA</source>
        <translation>{workstation}——演示数据</translation>
    </message>
    <message>
        <source>Pending export: unknown</source>
        <translation>待导出：未知</translation>
    </message>
    <message>
        <source>Pending export: {n}</source>
        <translation>待导出 {n} 条</translation>
    </message>
    <message>
        <source>Last export: none yet</source>
        <translation>尚未导出</translation>
    </message>
    <message>
        <source>Last export: unknown</source>
        <translation>上次导出：未知</translation>
    </message>
    <message>
        <source>Last export: {when}</source>
        <translation>上次导出 {when}</translation>
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
    <name>StepRunner</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Accept dispute {case_no} for mediation?</source>
        <translation>确定受理纠纷 {case_no} 并开展调解吗？</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Why is the dispute not accepted? (e.g. not suitable for people&apos;s mediation, a party refuses)</source>
        <translation>不予受理的理由（如：不属于人民调解范围、一方当事人明确拒绝调解）</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Why is the dispute withdrawn?</source>
        <translation>撤回的理由</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive dispute {case_no}? An archived dispute can no longer be edited.</source>
        <translation>确定将纠纷 {case_no} 立卷归档吗？归档后不能再修改。</translation>
    </message>
</context>
<context>
    <name>SupervisionBox</name>
    <message>
        <source>Open</source>
        <translation>未反馈</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Answered, to close</source>
        <translation>已反馈待办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Instruct…</source>
        <translation>交办…</translation>
    </message>
    <message>
        <source>Give a community an instruction (交办/督办) on a risk item or case</source>
        <translation>就风险隐患或纠纷案件向社区交办、督办</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Accept the community&apos;s answer (办结)</source>
        <translation>认可社区的反馈（办结）</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>交办内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>交办人/反馈人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instructions from the street office</source>
        <translation>街道交办事项</translation>
    </message>
    <message>
        <source>Instructions to the communities</source>
        <translation>交办社区事项</translation>
    </message>
    <message>
        <source>{title} ({n} open)</source>
        <translation>{title}（{n} 项未反馈）</translation>
    </message>
    <message>
        <source>{open} open, {overdue} overdue, {answered} answered</source>
        <translation>未反馈 {open} 项，逾期 {overdue} 项，已反馈待办结 {answered} 项</translation>
    </message>
    <message>
        <source>No instructions.</source>
        <translation>暂无交办事项。</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}，已逾期</translation>
    </message>
    <message>
        <source>{instruction}

Answer: {answer}</source>
        <translation>{instruction}

反馈：{answer}</translation>
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
        <source>scheduled mediations</source>
        <translation>调解安排</translation>
    </message>
    <message>
        <source>judicial confirmations</source>
        <translation>司法确认</translation>
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
        <translation>稳控措施</translation>
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
        <source>{gap}. Look for the file {file} on the USB stick or in the shared folder and import it; if it is lost, ask {peer} to export again — its next bundle carries everything the missing ones held and is imported without them.</source>
        <translation>{gap}。请在U盘或共享文件夹中找到文件 {file} 并导入；如已丢失，请{peer}重新导出——其下一个数据包包含缺失数据包的全部内容，无需缺失的数据包即可导入。</translation>
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
        <source> It also carried everything of the missing bundle(s) {seqs}, which are no longer needed.</source>
        <translation>该数据包已包含缺失的第 {seqs} 号数据包的全部内容，缺失的数据包不再需要。</translation>
    </message>
    <message>
        <source>{file}: nothing to do — a later bundle already carried its changes.</source>
        <translation>{file}：无需处理——较新的数据包已包含其全部更改。</translation>
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
        <source>{file}: skipped — {reason}</source>
        <translation>{file}：已跳过 — {reason}</translation>
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
    <name>TargetPage</name>
    <message>
        <source>Restore into a new folder</source>
        <translation>恢复到新文件夹</translation>
    </message>
    <message>
        <source>The current data folder is left as it is. The app then works on the restored folder.</source>
        <translation>当前数据文件夹保持不变。之后程序将使用恢复出的文件夹。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a new folder on this computer&apos;s own disk (not a USB stick or a network share).</source>
        <translation>请在本机磁盘上选择一个新文件夹（不要选 U 盘或网络共享文件夹）。</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <source>Checking the backup and restoring…</source>
        <translation>正在校验备份并恢复…</translation>
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
    <name>UserAdminBox</name>
    <message>
        <source>Users of this workstation</source>
        <translation>本工作站的用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Locked (failed logins)</source>
        <translation>已锁定（登录失败）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable {user}? The account can no longer log in; its records and audit entries stay.</source>
        <translation>确定停用 {user}？停用后该账户不能再登录；其记录和审计日志保留。</translation>
    </message>
</context>
<context>
    <name>WindowCover</name>
    <message>
        <source>Locked. Unlock in the main window.</source>
        <translation>已锁定。请在主窗口中解锁。</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Case numbers are issued per community; each computer of a community needs its own number so that the numbers never collide.</source>
        <translation>案件编号按社区编排；同一社区的每台电脑须使用不同的工作站编号，以免案件编号重复。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Workstation number</source>
        <translation>工作站编号</translation>
    </message>
    <message>
        <source>1 for the first computer of the community, 2 for the second …</source>
        <translation>本社区第一台电脑填 1，第二台填 2，依此类推。</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <source>{place} workstation {n}</source>
        <translation>{place}{n}号机</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Workstation numbers start at 1.</source>
        <translation>工作站编号从 1 开始。</translation>
    </message>
    <message>
        <source>This workstation has used all {count} case numbers of its block for the year.</source>
        <translation>本工作站本年度分配的 {count} 个案件编号已全部用完。</translation>
    </message>
    <message>
        <source>The case number pattern is invalid: {detail}</source>
        <translation>案件编号格式无效：{detail}</translation>
    </message>
    <message>
        <source>Unknown risk level: {code}.</source>
        <translation>未知的风险等级：{code}。</translation>
    </message>
    <message>
        <source>Unknown retention period: {code}.</source>
        <translation>未知的保管期限：{code}。</translation>
    </message>
    <message>
        <source>A risk palette needs three to five levels.</source>
        <translation>风险等级需设置三至五级。</translation>
    </message>
    <message>
        <source>Risk level codes must be unique.</source>
        <translation>风险等级代码不能重复。</translation>
    </message>
    <message>
        <source>A case number pattern needs {{year}} and {{serial}}.</source>
        <translation>案件编号格式中须包含 {{year}} 和 {{serial}}。</translation>
    </message>
    <message>
        <source>The serial block is too small.</source>
        <translation>编号段太小。</translation>
    </message>
    <message>
        <source>This number does not match the format of the chosen document type.</source>
        <translation>该号码与所选证件类型的格式不符。</translation>
    </message>
    <message>
        <source>Please enter the document number.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>A number starting with 9 is a foreign permanent residence card: please choose that document type.</source>
        <translation>以 9 开头的号码是外国人永久居留身份证：请选择该证件类型。</translation>
    </message>
    <message>
        <source>This number starts like a residence permit for Hong Kong, Macao or Taiwan residents: is the document type right?</source>
        <translation>该号码的开头与港澳台居民居住证相同：证件类型是否选对？</translation>
    </message>
    <message>
        <source>This number looks like a resident ID or residence permit number: is the document type right?</source>
        <translation>该号码看起来是居民身份证或居住证号码：证件类型是否选对？</translation>
    </message>
    <message>
        <source>Cannot {action} a record whose status is {state}.</source>
        <translation>当前状态为“{state}”，不能{action}。</translation>
    </message>
    <message>
        <source>A residence permit number for Hong Kong, Macao or Taiwan residents always has 18 characters.</source>
        <translation>港澳台居民居住证号码一律为 18 位。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits and a digit or X at the end.</source>
        <translation>身份证号码为 18 位：前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>This number does not belong to the chosen document type.</source>
        <translation>该号码不属于所选的证件类型。</translation>
    </message>
    <message>
        <source>The number starts with {code}, which is no province code: please check the first two digits.</source>
        <translation>号码以 {code} 开头，这不是有效的省级行政区划代码：请核对前两位。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({digits}) is not a real date.</source>
        <translation>身份证号码中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date inside the ID number ({digits}) is impossible.</source>
        <translation>身份证号码中的出生日期（{digits}）不可能成立。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit does not match: please check every digit.</source>
        <translation>身份证号码校验位不符，请逐位核对。</translation>
    </message>
    <message>
        <source>Not a valid phone number: use an 11-digit mobile, a landline with area code (0755-12345678), or +852/+853 and 8 digits.</source>
        <translation>电话号码无效：请填写 11 位手机号、带区号的固定电话（如 0755-12345678），或 +852/+853 加 8 位号码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters (digits and capital letters, no I, O, S, V, Z).</source>
        <translation>统一社会信用代码为 18 位（数字和大写字母，不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>A unified social credit code starts with 1–9, A, N or Y (the registering department), not {char}.</source>
        <translation>统一社会信用代码的第一位（登记管理部门代码）只能是 1–9、A、N 或 Y，不能是 {char}。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character does not match: please check it.</source>
        <translation>统一社会信用代码校验位不符，请核对。</translation>
    </message>
    <message>
        <source>The character {char} ({codepoint}) in {field} (“{value}”) is in none of the print fonts, so the document was not printed: it would print wrong or blank. Check the field; if the character is right, print the blank form and fill it in by hand.</source>
        <translation>{field}（“{value}”）中的字符 {char}（{codepoint}）在所有打印字体中都没有，打印出来会是错字或空白，因此未打印该文书。请核对该项内容；如字符无误，请打印空白表格后手工填写。</translation>
    </message>
    <message>
        <source>There is no printed document called {doc_id}.</source>
        <translation>没有名为 {doc_id} 的打印文书。</translation>
    </message>
    <message>
        <source>The document {doc} is not printed from that kind of record.</source>
        <translation>文书“{doc}”不能从这类记录打印。</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>无法将 PDF 写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters, with letters and digits.</source>
        <translation>密码至少 {n} 位，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名为 2 至 32 位字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The role {role} does not exist on a {workstation}.</source>
        <translation>{workstation}没有“{role}”这一角色。</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>管理员已存在。</translation>
    </message>
    <message>
        <source>The attached file {name} is missing or damaged.</source>
        <translation>附件 {name} 缺失或已损坏。</translation>
    </message>
    <message>
        <source>Files cannot be attached to {kind}.</source>
        <translation>不能为{kind}添加附件。</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>文件超过 {mb} MB。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; demo data goes into a new folder.</source>
        <translation>文件夹 {path} 不是空的；演示数据须放在新文件夹中。</translation>
    </message>
    <message>
        <source>A dispute cannot be accepted before it was received.</source>
        <translation>受理日期不能早于收到纠纷的日期。</translation>
    </message>
    <message>
        <source>Please give the reason for declining.</source>
        <translation>请填写不予受理的理由。</translation>
    </message>
    <message>
        <source>Please write down what was said and done.</source>
        <translation>请记录调查或调解的经过和内容。</translation>
    </message>
    <message>
        <source>A session cannot take place before the dispute was received.</source>
        <translation>调查或调解时间不能早于纠纷受理日期。</translation>
    </message>
    <message>
        <source>That scheduled mediation was rescheduled or already recorded.</source>
        <translation>该次调解已改期或已登记调解记录。</translation>
    </message>
    <message>
        <source>The agreement needs its terms.</source>
        <translation>请填写协议内容。</translation>
    </message>
    <message>
        <source>A written agreement takes effect when every party has signed and the committee has sealed it: enter both dates.</source>
        <translation>书面调解协议自各方当事人签名、调解委员会盖章之日起生效，请填写签名和盖章两个日期。</translation>
    </message>
    <message>
        <source>The agreement date is in the future.</source>
        <translation>协议日期晚于今天。</translation>
    </message>
    <message>
        <source>The agreement cannot have to be performed before it takes effect.</source>
        <translation>履行期限不能早于协议生效日期。</translation>
    </message>
    <message>
        <source>The first follow-up visit cannot come before the agreement takes effect.</source>
        <translation>回访日期不能早于协议生效日期。</translation>
    </message>
    <message>
        <source>The agreement cannot take effect before the dispute was received.</source>
        <translation>协议生效日期不能早于纠纷登记日期。</translation>
    </message>
    <message>
        <source>Make at least one copy per party plus one for the committee ({n}).</source>
        <translation>协议份数至少为当事人每方一份加调解委员会留存一份（{n} 份）。</translation>
    </message>
    <message>
        <source>Judicial confirmation is recorded on its own; choose how the agreement is being performed.</source>
        <translation>司法确认单独登记；请选择协议的履行情况。</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Please give the reason why mediation ended.</source>
        <translation>请填写调解终止的原因。</translation>
    </message>
    <message>
        <source>There is no agreement to perform yet.</source>
        <translation>尚无可履行的调解协议。</translation>
    </message>
    <message>
        <source>Please name who made the visit.</source>
        <translation>请填写回访人。</translation>
    </message>
    <message>
        <source>The visit date is in the future.</source>
        <translation>回访日期晚于今天。</translation>
    </message>
    <message>
        <source>No mediation session was held yet: before one, mediation ends only because a party refuses it.</source>
        <translation>尚未进行调解：此时只能因一方当事人拒绝调解而终止。</translation>
    </message>
    <message>
        <source>Please name where the dispute goes.</source>
        <translation>请填写移交或引导的去向。</translation>
    </message>
    <message>
        <source>Please give the reason for the withdrawal.</source>
        <translation>请填写撤回的原因。</translation>
    </message>
    <message>
        <source>Please name the court.</source>
        <translation>请填写人民法院名称。</translation>
    </message>
    <message>
        <source>Judicial confirmation needs a written agreement that has taken effect.</source>
        <translation>申请司法确认须有已生效的书面调解协议。</translation>
    </message>
    <message>
        <source>The 30-day window to apply for judicial confirmation closed on {day}.</source>
        <translation>申请司法确认的 30 日期限已于 {day} 届满。</translation>
    </message>
    <message>
        <source>The application cannot come before the agreement took effect.</source>
        <translation>申请日期不能早于协议生效日期。</translation>
    </message>
    <message>
        <source>Judicial confirmation was already requested.</source>
        <translation>已申请过司法确认。</translation>
    </message>
    <message>
        <source>Judicial confirmation needs the ID numbers of: {names}. Add them to the parties first.</source>
        <translation>申请司法确认须有以下当事人的身份证号码：{names}。请先在当事人信息中补充。</translation>
    </message>
    <message>
        <source>Please enter the number of the court&apos;s ruling (调确字/民特).</source>
        <translation>请填写法院裁定书文号（调确字/民特）。</translation>
    </message>
    <message>
        <source>No application for judicial confirmation was recorded.</source>
        <translation>尚未登记司法确认申请。</translation>
    </message>
    <message>
        <source>The court cannot decide before the application ({day}).</source>
        <translation>裁定日期不能早于申请日期（{day}）。</translation>
    </message>
    <message>
        <source>A dispute needs at least one applicant and one respondent.</source>
        <translation>纠纷至少需要一名申请人和一名被申请人。</translation>
    </message>
    <message>
        <source>The number of people for {flag} is not plausible.</source>
        <translation>“{flag}”的人数不合理。</translation>
    </message>
    <message>
        <source>{flag}: please enter how many people were kept from it.</source>
        <translation>{flag}：请填写涉及的人数。</translation>
    </message>
    <message>
        <source>People are counted for {flag} only when the case is marked so.</source>
        <translation>只有标记了“{flag}”的案件才能填写相应人数。</translation>
    </message>
    <message>
        <source>A dispute needs at least one party.</source>
        <translation>纠纷至少需要一名当事人。</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>登记日期晚于今天。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>At least one person is involved.</source>
        <translation>涉及人数至少为 1 人。</translation>
    </message>
    <message>
        <source>{name} is no longer an active mediator on the roster.</source>
        <translation>{name}已不是名册中的在任调解员。</translation>
    </message>
    <message>
        <source>{name} is on another committee&apos;s roster.</source>
        <translation>{name}属于其他调委会的名册。</translation>
    </message>
    <message>
        <source>Case number {case_no} was issued for {year}: the date received must stay in that year. Register a case received in another year as a new dispute.</source>
        <translation>案号{case_no}按{year}年编发：收案日期须在该年度内。其他年度收到的纠纷请另行登记。</translation>
    </message>
    <message>
        <source>The dispute was accepted on {day}: it cannot have been received later.</source>
        <translation>该纠纷已于{day}受理：收案日期不能晚于受理日期。</translation>
    </message>
    <message>
        <source>A party has neither a record nor a name.</source>
        <translation>有一名当事人既未选择已有记录，也未填写姓名。</translation>
    </message>
    <message>
        <source>{name} is listed twice in this dispute.</source>
        <translation>{name}在本纠纷中重复列出。</translation>
    </message>
    <message>
        <source>A mediator needs a name.</source>
        <translation>请填写调解员姓名。</translation>
    </message>
    <message>
        <source>Unknown sort column: {name}.</source>
        <translation>未知的排序列：{name}。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {what}.</source>
        <translation>您的角色（{role}）无权执行此操作：{what}。</translation>
    </message>
    <message>
        <source>No {kind} with id {ident}.</source>
        <translation>找不到编号为 {ident} 的记录（{kind}）。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins. The account is locked; try again in {minutes} minutes.</source>
        <translation>登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The selection date is in the future.</source>
        <translation>选任日期晚于今天。</translation>
    </message>
    <message>
        <source>Please give the reason for the removal.</source>
        <translation>请填写退出（除名）的原因。</translation>
    </message>
    <message>
        <source>A person whose status is {state} cannot become {target}.</source>
        <translation>状态为“{state}”的人员不能变更为“{target}”。</translation>
    </message>
    <message>
        <source>Please enter the training&apos;s topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>Training hours must be between 0.1 and 40.</source>
        <translation>培训学时须在 0.1 至 40 之间。</translation>
    </message>
    <message>
        <source>A score is between 0 and 100.</source>
        <translation>成绩须在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>The number of people cannot be negative.</source>
        <translation>人数不能为负数。</translation>
    </message>
    <message>
        <source>The service date is in the future.</source>
        <translation>服务日期晚于今天。</translation>
    </message>
    <message>
        <source>A removed person cannot record new services.</source>
        <translation>已退出的人员不能再登记新的服务记录。</translation>
    </message>
    <message>
        <source>Please enter where the mediation takes place.</source>
        <translation>请填写调解地点。</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>时间须带时区。</translation>
    </message>
    <message>
        <source>The mediation time is in the past.</source>
        <translation>调解时间早于现在。</translation>
    </message>
    <message>
        <source>Name at least one mediator.</source>
        <translation>请至少填写一名调解员。</translation>
    </message>
    <message>
        <source>Please name the contact person.</source>
        <translation>请填写联系人。</translation>
    </message>
    <message>
        <source>Notices are issued only before or during mediation.</source>
        <translation>调解通知书只能在调解前或调解期间发出。</translation>
    </message>
    <message>
        <source>This person is not a party of the dispute.</source>
        <translation>此人不是本纠纷的当事人。</translation>
    </message>
    <message>
        <source>Unknown delivery method: {method}.</source>
        <translation>未知的送达方式：{method}。</translation>
    </message>
    <message>
        <source>Please enter when it was delivered.</source>
        <translation>请填写送达时间。</translation>
    </message>
    <message>
        <source>The delivery time is in the future.</source>
        <translation>送达时间晚于现在。</translation>
    </message>
    <message>
        <source>A refused notice has nobody who signed for it.</source>
        <translation>拒绝签收的通知书没有签收人。</translation>
    </message>
    <message>
        <source>This notice was superseded when the mediation was rescheduled; deliver the new one.</source>
        <translation>调解已改期，该通知书已作废；请送达新的通知书。</translation>
    </message>
    <message>
        <source>A notice cannot be delivered before it was issued.</source>
        <translation>送达日期不能早于发出日期。</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130.</source>
        <translation>年龄须在 0 至 130 之间。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Another party ({name}) already has this ID number: merge the two instead.</source>
        <translation>另一名当事人（{name}）已使用此证件号码，请将两条记录合并。</translation>
    </message>
    <message>
        <source>A party cannot be merged into itself.</source>
        <translation>当事人不能与自己合并。</translation>
    </message>
    <message>
        <source>One of the parties was already merged.</source>
        <translation>其中一名当事人已被合并。</translation>
    </message>
    <message>
        <source>Please describe the hazard in a title.</source>
        <translation>请用一句话概括风险隐患（标题）。</translation>
    </message>
    <message>
        <source>The date found is in the future.</source>
        <translation>发现日期晚于今天。</translation>
    </message>
    <message>
        <source>Key-person details belong to items of the key-person category, and only there.</source>
        <translation>重点人员信息只能填写在“重点人员”类别的台账中。</translation>
    </message>
    <message>
        <source>The deadline is before the date found.</source>
        <translation>化解时限早于发现日期。</translation>
    </message>
    <message>
        <source>Please name the responsible leader.</source>
        <translation>请填写包案领导。</translation>
    </message>
    <message>
        <source>Please enter the measures.</source>
        <translation>请填写稳控或化解措施。</translation>
    </message>
    <message>
        <source>This level needs a resolution deadline.</source>
        <translation>该等级须设定化解时限。</translation>
    </message>
    <message>
        <source>This item belongs to {community}: the street office gives the community an instruction (交办/督办) instead of changing its facts or measures.</source>
        <translation>该事项属于{community}：街道通过交办/督办向社区提出要求，不直接修改其事实或稳控措施。</translation>
    </message>
    <message>
        <source>Please write down the review&apos;s conclusion.</source>
        <translation>请填写研判结论。</translation>
    </message>
    <message>
        <source>The review date is in the future.</source>
        <translation>研判日期晚于今天。</translation>
    </message>
    <message>
        <source>Please give the reason for the new level.</source>
        <translation>请填写调整等级的理由。</translation>
    </message>
    <message>
        <source>Closing needs its basis and evidence (agreement number, undertaking, confirmation).</source>
        <translation>销号须写明依据并附佐证材料（如协议编号、承诺书、确认书）。</translation>
    </message>
    <message>
        <source>Record at least one review or visit before asking to close the item.</source>
        <translation>申请销号前须至少有一次研判或走访记录。</translation>
    </message>
    <message>
        <source>Closing must be approved by someone other than the requester or the responsible leader.</source>
        <translation>销号须由申请人和包案领导以外的人员审核。</translation>
    </message>
    <message>
        <source>Please give the reason for rejecting.</source>
        <translation>请填写退回的理由。</translation>
    </message>
    <message>
        <source>Please describe the relapse.</source>
        <translation>请说明反弹情况。</translation>
    </message>
    <message>
        <source>Choose the community of this workstation.</source>
        <translation>请选择本工作站所属社区。</translation>
    </message>
    <message>
        <source>The folder {path} already holds a database; restore into a new folder.</source>
        <translation>文件夹 {path} 中已有数据库，请恢复到一个新文件夹。</translation>
    </message>
    <message>
        <source>The backup {path} does not match its checksum file.</source>
        <translation>备份 {path} 与其校验文件不符。</translation>
    </message>
    <message>
        <source>A protected value ({column}) could not be decrypted: wrong key or damaged data.</source>
        <translation>无法解密受保护的数据（{column}）：密钥不对或数据已损坏。</translation>
    </message>
    <message>
        <source>The data folder {path} is on a {kind}. The database must live on a local disk; only export bundles go on USB sticks and shared folders.</source>
        <translation>数据文件夹 {path} 不在本机硬盘上（{kind}）。数据库只能存放在本机硬盘；U 盘和共享文件夹只用于存放导出的数据包。</translation>
    </message>
    <message>
        <source>A database already exists in {path}.</source>
        <translation>{path} 中已有数据库。</translation>
    </message>
    <message>
        <source>The database is busy (another window or program is using it). Close it and try again.</source>
        <translation>数据库正忙（另一个窗口或程序正在使用），请关闭后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请清理出空间后重试。</translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved; check the folder&apos;s permissions.</source>
        <translation>数据文件夹为只读，未保存任何内容。请检查文件夹权限。</translation>
    </message>
    <message>
        <source>The disk reported a read or write error. Nothing was saved; check the disk and try again.</source>
        <translation>磁盘报告读写错误。本次未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({detail}). Restore the latest backup.</source>
        <translation>数据库完整性检查未通过（{detail}）。请恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database ({detail}). Nothing was changed; restore the latest backup.</source>
        <translation>数据库文件已损坏或不是数据库（{detail}），未作任何更改。请恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database cannot be opened: the data folder is read-only, locked by another program or not reachable. Nothing was changed; check the folder and its permissions.</source>
        <translation>无法打开数据库：数据文件夹为只读、被其他程序锁定或无法访问，未作任何更改。请检查该文件夹及其权限。</translation>
    </message>
    <message>
        <source>The file {path} could not be read or written ({reason}).</source>
        <translation>无法读取或写入文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The demo key file {path} is damaged. The demo data cannot be read; create a new demo folder.</source>
        <translation>演示密钥文件 {path} 已损坏，无法读取演示数据。请新建一个演示数据文件夹。</translation>
    </message>
    <message>
        <source>This database was created by a newer version of the app (schema {revision}). Please upgrade.</source>
        <translation>此数据库由更高版本的软件创建（结构版本 {revision}），请升级软件。</translation>
    </message>
    <message>
        <source>No workstation is set up in {path}. Run the setup first (or use a demo folder).</source>
        <translation>{path} 中尚未设置工作站。请先运行设置向导（或使用演示数据文件夹）。</translation>
    </message>
    <message>
        <source>This computer&apos;s protected key store is not available.</source>
        <translation>本电脑的受保护密钥存储不可用。</translation>
    </message>
    <message>
        <source>Your password is right, but your account has no key to the records on this computer yet. An administrator can open the records with the printed recovery code, or set a new password for you after logging in.</source>
        <translation>密码正确，但您的账户在本电脑上还没有打开记录的密钥。管理员可以用打印的恢复码打开记录，或在登录后为您设置新密码。</translation>
    </message>
    <message>
        <source>The records are locked until someone logs in: their key opens only with a password.</source>
        <translation>记录处于锁定状态，需有人登录后才能打开：其密钥只能用密码打开。</translation>
    </message>
    <message>
        <source>Your password is right, but on this computer it cannot open the records: the computer&apos;s protected key store does not hold this workstation&apos;s device key (another computer, another Windows account, or the key store is not running). An administrator can restore access with the printed recovery code, or set a new password for you after logging in.</source>
        <translation>密码正确，但在本电脑上无法打开记录：本电脑的受保护密钥存储中没有本工作站的设备密钥（可能是换了电脑、换了 Windows 账户，或密钥存储未运行）。管理员可以用打印的恢复码恢复访问，或在登录后为您设置新密码。</translation>
    </message>
    <message>
        <source>The recovery code is wrong or does not belong to this database. Check every group and try again.</source>
        <translation>恢复码错误，或不属于此数据库。请逐组核对后重试。</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reopen it and apply your change again.</source>
        <translation>您打开此记录后，已有其他人修改过它。请重新打开记录，再修改一次。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved records are safe; details are below.</source>
        <translation>发生了意外错误。已保存的记录不受影响；详细信息见下方。</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>An item cannot be moved into or out of the key-person category; report a new one.</source>
        <translation>事项不能改入或改出“重点人员”类别，请另行登记。</translation>
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
        <source>Bundle {seq} from {sender} is an older bundle than those already imported from it (up to {applied}). Nothing was imported; its changes are in the later bundles.</source>
        <translation>{sender}的第 {seq} 号同步包早于已从该工作站导入的同步包（已导入至第 {applied} 号），未导入任何数据；其中的更改已包含在之后的同步包中。</translation>
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
        <source>The bundle from {sender} was refused: it carries a record it may not send ({what} {row}: {reason}). Nothing was imported; check that workstation.</source>
        <translation>来自{sender}的数据包已被拒绝：其中含有该工作站无权发送的记录（{what} {row}：{reason}）。未导入任何内容；请检查该工作站。</translation>
    </message>
    <message>
        <source>The bundle from {sender} does not fit the records held here: the {what} {row} refers to a {target} this workstation does not hold. Nothing was imported; ask {sender} for a full re-export.</source>
        <translation>来自{sender}的数据包与本机记录不符：{what} {row} 引用了本工作站没有的{target}。未导入任何内容；请让{sender}重新完整导出。</translation>
    </message>
    <message>
        <source>The bundle from {sender} was refused: it holds changes dated about {hours} hours ahead of this workstation&apos;s clock (at most {margin} hours are accepted). Nothing was imported; correct the date and time of the workstation that is wrong, then export again.</source>
        <translation>来自{sender}的数据包已被拒绝：其中修改的时间比本工作站时钟快约{hours}小时（最多允许{margin}小时）。未导入任何内容；请更正时间有误的工作站的日期和时间后重新导出。</translation>
    </message>
    <message>
        <source>Bundle {seq} from {sender} was refused: the last bundle imported from it is {applied}, far too many bundles are missing in between. Nothing was imported; ask for a full re-export.</source>
        <translation>来自{sender}的第{seq}号数据包已被拒绝：上次从其导入的是第{applied}号，中间缺失的数据包过多。未导入任何内容；请让对方重新完整导出。</translation>
    </message>
    <message>
        <source>The export folder {folder} is not available (is the USB stick plugged in?). The export stays pending; nothing was lost.</source>
        <translation>导出文件夹 {folder} 不可用（U 盘是否已插入？）。导出仍在等待中，数据没有丢失。</translation>
    </message>
    <message>
        <source>The bundle {path} is in use by another program or cannot be written (an antivirus scan, or someone reading the export folder?). The export stays pending; nothing was lost. Export again in a moment.</source>
        <translation>同步包 {path} 正被其他程序占用或无法写入（杀毒软件正在扫描，或有人正在读取导出文件夹？）。导出仍在等待中，数据没有丢失。请稍后再次导出。</translation>
    </message>
    <message>
        <source>The file {path} is in use by another program (an antivirus scan, or a copy still running). It was skipped; import it again in a moment.</source>
        <translation>文件 {path} 正被其他程序占用（杀毒软件正在扫描，或仍在复制中），已跳过；请稍后再次导入。</translation>
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
        <source>Nothing was enrolled: the file comes from {name} ({community}) with the fingerprint {fingerprint}. Compare it with the fingerprint the other side reads out, and confirm it only if every group is the same.</source>
        <translation>未进行注册：该文件来自 {name}（{community}），指纹为 {fingerprint}。请与对方念出的指纹核对，只有每一组都相同时才确认。</translation>
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
    <message>
        <source>The mapping file could not be read: {reason}</source>
        <translation>无法读取列对应文件：{reason}</translation>
    </message>
    <message>
        <source>The mapping file is for another kind of ledger.</source>
        <translation>该列对应文件属于另一类台账。</translation>
    </message>
    <message>
        <source>Choose a column for {field}.</source>
        <translation>请为“{field}”选择一列。</translation>
    </message>
    <message>
        <source>A column can fill only one field.</source>
        <translation>一列只能对应一个字段。</translation>
    </message>
    <message>
        <source>Unknown field in the mapping: {field}.</source>
        <translation>列对应中有未知字段：{field}。</translation>
    </message>
    <message>
        <source>The mapping file is not a saved column mapping.</source>
        <translation>该文件不是保存的列对应关系。</translation>
    </message>
    <message>
        <source>Already imported earlier.</source>
        <translation>此前已导入。</translation>
    </message>
    <message>
        <source>The file has no sheet called {sheet}.</source>
        <translation>文件中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>WPS&apos;s own .et format cannot be read: open the file in WPS and save it as .xlsx (Excel).</source>
        <translation>无法读取 WPS 的 .et 格式：请在 WPS 中打开该文件并另存为 .xlsx（Excel）格式。</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet: choose an .xlsx, .xls or .csv file.</source>
        <translation>{name} 不是电子表格：请选择 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({reason}). Close it in Excel or WPS and try again.</source>
        <translation>无法读取文件 {name}（{reason}）。请在 Excel 或 WPS 中关闭该文件后重试。</translation>
    </message>
    <message>
        <source>{name} is larger than 100 MB: split the ledger into several files.</source>
        <translation>{name} 超过 100 MB：请将台账拆分为多个文件。</translation>
    </message>
    <message>
        <source>{name} contains no rows.</source>
        <translation>{name} 中没有任何行。</translation>
    </message>
    <message>
        <source>The sheet {sheet} has more than {limit} rows: split it into several files.</source>
        <translation>工作表“{sheet}”超过 {limit} 行：请拆分为多个文件。</translation>
    </message>
    <message>
        <source>{name} could not be read as a spreadsheet ({reason}). If it is password-protected, remove the password in Excel or WPS first.</source>
        <translation>无法将 {name} 作为电子表格读取（{reason}）。如文件设有密码，请先在 Excel 或 WPS 中取消密码。</translation>
    </message>
    <message>
        <source>{field} is empty.</source>
        <translation>“{field}”为空。</translation>
    </message>
    <message>
        <source>The same row appears earlier in the sheet.</source>
        <translation>表中前面已有相同的一行。</translation>
    </message>
    <message>
        <source>The date {value} is not plausible.</source>
        <translation>日期 {value} 不合理。</translation>
    </message>
    <message>
        <source>Several names in one cell: the ID number and phone are given to {name} only.</source>
        <translation>一格中有多个姓名：身份证号和电话只记在 {name} 名下。</translation>
    </message>
    <message>
        <source>The dispute type {value} is not one of the 15 types: taken in as 其他纠纷.</source>
        <translation>纠纷类型“{value}”不属于 15 类之一：按“其他纠纷”导入。</translation>
    </message>
    <message>
        <source>The source {value} is unknown: taken in as {label}.</source>
        <translation>来源“{value}”无法识别：按“{label}”导入。</translation>
    </message>
    <message>
        <source>No respondent: taken in as a case the committee took up on its own initiative.</source>
        <translation>没有被申请人：按调委会主动调解的案件导入。</translation>
    </message>
    <message>
        <source>The status {value} is not understood: write for example 调解成功, 调解不成功, 调解中, 撤回 or 移交.</source>
        <translation>无法识别状态“{value}”：请填写如 调解成功、调解不成功、调解中、撤回 或 移交。</translation>
    </message>
    <message>
        <source>No status: taken in as accepted (已受理).</source>
        <translation>没有状态：按“已受理”导入。</translation>
    </message>
    <message>
        <source>The summary is longer than {limit} characters.</source>
        <translation>纠纷简要情况超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>The category {value} is unknown: taken in as {label}.</source>
        <translation>类别“{value}”无法识别：按“{label}”导入。</translation>
    </message>
    <message>
        <source>The level {value} is not understood: write 红/橙/黄/蓝 or 重大/较大/一般/低.</source>
        <translation>无法识别等级“{value}”：请填写 红/橙/黄/蓝 或 重大/较大/一般/低。</translation>
    </message>
    <message>
        <source>No level: taken in as yellow (黄).</source>
        <translation>没有等级：按黄色导入。</translation>
    </message>
    <message>
        <source>{value} is not a number of persons.</source>
        <translation>“{value}”不是人数。</translation>
    </message>
    <message>
        <source>One person a row: {value} holds several names.</source>
        <translation>每行只能填一人：“{value}”中有多个姓名。</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>“{value}”不是日期。</translation>
    </message>
    <message>
        <source>{value} has no day: write the full date (for example 2023年5月6日).</source>
        <translation>“{value}”缺少日：请填写完整日期（如 2023年5月6日）。</translation>
    </message>
    <message>
        <source>{value} is not a date the app can read (write for example 2023-05-06 or 2023年5月6日).</source>
        <translation>无法识别日期“{value}”（请填写如 2023-05-06 或 2023年5月6日）。</translation>
    </message>
    <message>
        <source>{value} is not an amount (write for example 3000, 3000元 or 0.3万元).</source>
        <translation>“{value}”不是金额（请填写如 3000、3000元 或 0.3万元）。</translation>
    </message>
    <message>
        <source>{value} is not a plausible amount.</source>
        <translation>金额“{value}”不合理。</translation>
    </message>
    <message>
        <source>The ID number {value} was stored by Excel as a number and has lost its last digits: format the column as text and type the number again.</source>
        <translation>身份证号 {value} 被 Excel 存成了数字，末几位已丢失：请将该列设为文本格式后重新录入号码。</translation>
    </message>
    <message>
        <source>No row of the sheet is ready to import.</source>
        <translation>表中没有可导入的行。</translation>
    </message>
    <message>
        <source>Name the workbook to write with --out FILE.xlsx.</source>
        <translation>请用 --out 文件.xlsx 指定要写入的工作簿。</translation>
    </message>
    <message>
        <source>Name the PDF to write with --out FILE.pdf.</source>
        <translation>请用 --out 文件.pdf 指定要写入的PDF。</translation>
    </message>
    <message>
        <source>No figure is called {key}.</source>
        <translation>没有名为 {key} 的指标。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Unknown period {text}: use 2026-11, 2026Q4, 2026 or 2026-01-01..2026-03-31.</source>
        <translation>无法识别的统计期间 {text}：请使用 2026-11、2026Q4、2026 或 2026-01-01..2026-03-31。</translation>
    </message>
    <message>
        <source>The minimum of legal-clarity persons must be between 0 and 1000.</source>
        <translation>法律明白人最低人数须在0到1000之间。</translation>
    </message>
    <message>
        <source>The bundle age limit must be between 1 and 365 days.</source>
        <translation>数据包时限须在1到365天之间。</translation>
    </message>
    <message>
        <source>The workbook could not be written to {path}: {reason}</source>
        <translation>工作簿无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Please enter the community&apos;s name.</source>
        <translation>请填写社区名称。</translation>
    </message>
    <message>
        <source>Please enter the abbreviation used in case numbers.</source>
        <translation>请填写案号中使用的简称。</translation>
    </message>
    <message>
        <source>Only the street office edits the communities and their committees; they arrive here with its reference data.</source>
        <translation>社区及其调解委员会只能由街道修改，随街道的基础数据送达本机。</translation>
    </message>
    <message>
        <source>A community code is one to eight letters or digits.</source>
        <translation>社区编号为1至8位字母或数字。</translation>
    </message>
    <message>
        <source>An extension needs the consent of every party.</source>
        <translation>延长调解期限须经各方当事人同意。</translation>
    </message>
    <message>
        <source>Please record who agreed to the extension, how and when.</source>
        <translation>请记录谁、以何种方式、何时同意延长。</translation>
    </message>
    <message>
        <source>The new deadline must come after the current one ({day}).</source>
        <translation>新的期限须晚于当前期限（{day}）。</translation>
    </message>
    <message>
        <source>The new deadline must be in the future.</source>
        <translation>新的期限须晚于今天。</translation>
    </message>
    <message>
        <source>{doc} is not printed for a case in the state “{state}” ({case}); print it with --blank to fill it in by hand.</source>
        <translation>处于“{state}”状态的案件（{case}）不打印《{doc}》；如需手工填写，请加 --blank 打印空白表。</translation>
    </message>
    <message>
        <source>“{text}” is neither a case number such as （2026）观城调字第0011号 or 2026-0011 nor a record id; the search command shows both.</source>
        <translation>“{text}”既不是案号（如（2026）观城调字第0011号或2026-0011），也不是记录编号；search 命令可查到两者。</translation>
    </message>
    <message>
        <source>There is no dispute numbered {text}.</source>
        <translation>没有案号为{text}的纠纷。</translation>
    </message>
    <message>
        <source>Several disputes are numbered {text}: {numbers}. Give the whole case number.</source>
        <translation>有多宗纠纷的案号为{text}：{numbers}。请输入完整案号。</translation>
    </message>
    <message>
        <source>The clock margin must be between 1 and {most} hours.</source>
        <translation>时钟容差须在1至{most}小时之间。</translation>
    </message>
    <message>
        <source>This field takes a single line: please remove the line breaks.</source>
        <translation>此栏只能填写一行：请删除换行。</translation>
    </message>
    <message>
        <source>The text contains an invisible control character (U+{code}): please retype it.</source>
        <translation>文字中含有不可见的控制字符（U+{code}）：请重新输入。</translation>
    </message>
    <message>
        <source>The name is made only of invisible characters: please type it again.</source>
        <translation>姓名只由不可见字符组成：请重新输入。</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit the printed form ({length} typed).</source>
        <translation>文字过长：打印的文书此栏最多容纳 {limit} 个字（已输入 {length} 个）。</translation>
    </message>
    <message>
        <source>The date {date} is not plausible: it must lie between {earliest} and {latest}.</source>
        <translation>日期 {date} 不合理：应在 {earliest} 至 {latest} 之间。</translation>
    </message>
    <message>
        <source>Only the committee of {community} edits its own roster.</source>
        <translation>只有{community}的调委会才能修改本会名册。</translation>
    </message>
    <message>
        <source>Choose who performed the service.</source>
        <translation>请选择参与服务的人员。</translation>
    </message>
    <message>
        <source>{name} is already on this committee&apos;s roster.</source>
        <translation>{name}已在本调委会名册中。</translation>
    </message>
    <message>
        <source>Choose a full folder path for backups.</source>
        <translation>请为备份选择完整的文件夹路径。</translation>
    </message>
    <message>
        <source>Backups must not go inside the data folder: deleting the folder would take them along.</source>
        <translation>备份不能放在数据文件夹内：删除该文件夹时备份会一起丢失。</translation>
    </message>
    <message>
        <source>The backup to {folder} failed: {reason}. Earlier backups are untouched; nothing partial was left behind.</source>
        <translation>备份到 {folder} 失败：{reason}。之前的备份未受影响，也没有留下不完整的文件。</translation>
    </message>
    <message>
        <source>Saving is stopped: the database check found damage ({detail}). Nothing was saved. Restore the newest good backup in Settings → Backups.</source>
        <translation>已停止保存：数据库检查发现损坏（{detail}）。本次未保存任何内容。请在“设置 → 备份”中恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>Only the street office gives instructions (交办/督办).</source>
        <translation>只有街道办可以交办、督办。</translation>
    </message>
    <message>
        <source>The community that received the instruction signs it off and answers it.</source>
        <translation>交办事项由接收的社区签收并反馈。</translation>
    </message>
    <message>
        <source>Please write what the community should do.</source>
        <translation>请填写要求社区办理的事项。</translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation>办理期限早于今天。</translation>
    </message>
    <message>
        <source>This record belongs to the street office itself; there is no community to instruct.</source>
        <translation>该记录属于街道本级，没有可交办的社区。</translation>
    </message>
    <message>
        <source>Please write what was done.</source>
        <translation>请填写办理情况。</translation>
    </message>
    <message>
        <source>The office has already closed this instruction.</source>
        <translation>街道已办结该交办事项。</translation>
    </message>
    <message>
        <source>The community has not answered yet; an instruction is closed after its answer.</source>
        <translation>社区尚未反馈；交办事项须在反馈后办结。</translation>
    </message>
    <message>
        <source>This list cannot be filtered that way.</source>
        <translation>此列表不能按该条件筛选。</translation>
    </message>
    <message>
        <source>A page cannot start before the first row.</source>
        <translation>页码不能在第一条之前。</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>The records open only with a user&apos;s password on this computer; a copied database opens nothing elsewhere. The printed recovery code restores them on any computer.</source>
        <translation>记录只能在本电脑上用用户密码打开；复制走的数据库在别处无法打开。打印的恢复码可在任何电脑上恢复记录。</translation>
    </message>
    <message>
        <source>This computer&apos;s protected key store is not available, so the records are protected by the users&apos; passwords alone. A copied database could be opened on another computer by someone who knows a password. Ask your IT support to turn on the computer&apos;s key store; the app keeps working meanwhile.</source>
        <translation>本电脑的受保护密钥存储不可用，因此记录仅由用户密码保护。知道密码的人可以在另一台电脑上打开复制走的数据库。请联系信息技术人员开启本电脑的密钥存储；在此期间软件可照常使用。</translation>
    </message>
    <message>
        <source>Demo folder: the demo password opens these generated records; nothing here is secret.</source>
        <translation>演示文件夹：演示密码即可打开这些生成的记录；这里没有任何保密内容。</translation>
    </message>
    <message>
        <source>Some accounts have not logged in since the update ({names}); an old copy of the key stays on this computer until they do.</source>
        <translation>部分账户自更新后尚未登录（{names}）；在他们登录之前，本电脑上仍保留一份旧的密钥副本。</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>en</source>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>ledger_report</name>
    <message>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>ready, with warnings</source>
        <translation>可导入（有提示）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>skipped (blank or total row)</source>
        <translation>跳过（空行、合计行或已导入）</translation>
    </message>
    <message>
        <source>Sheet row</source>
        <translation>原表行号</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>需修改的行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Risk ledger</source>
        <translation>风险台账</translation>
    </message>
    <message>
        <source>Legal-clarity persons</source>
        <translation>法律明白人</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>this workstation is already enrolled with another office; only an administrator can replace it</source>
        <translation>本工作站已与另一个街道工作站注册；只有管理员才能替换</translation>
    </message>
    <message>
        <source>a workstation of this community with the same number is already enrolled (set the new workstation up with another number, then answer again)</source>
        <translation>本社区已有相同编号的工作站登记（请为新工作站设置其他编号后重新应答）</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>add a session to</source>
        <translation>添加调解记录</translation>
    </message>
    <message>
        <source>record an agreement for</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>end the mediation of</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>record the performance of</source>
        <translation>登记履行情况</translation>
    </message>
    <message>
        <source>schedule a follow-up for</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>record a follow-up for</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>schedule a mediation for</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <source>extend the mediation deadline of</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>request judicial confirmation for</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>record the court&apos;s decision for</source>
        <translation>登记法院裁定</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>add a review to</source>
        <translation>添加研判记录</translation>
    </message>
    <message>
        <source>change the level of</source>
        <translation>调整风险等级</translation>
    </message>
    <message>
        <source>request closing of</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>approve closing of</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>reject closing of</source>
        <translation>退回销号申请</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>反弹重启</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>see attachments</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <source>open attachments</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>remove attachments</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>accept disputes</source>
        <translation>受理纠纷</translation>
    </message>
    <message>
        <source>decline disputes</source>
        <translation>不予受理纠纷</translation>
    </message>
    <message>
        <source>end mediations without agreement</source>
        <translation>终止调解（未达成协议）</translation>
    </message>
    <message>
        <source>withdraw disputes</source>
        <translation>撤回纠纷</translation>
    </message>
    <message>
        <source>record sessions</source>
        <translation>登记调解记录</translation>
    </message>
    <message>
        <source>record agreements</source>
        <translation>登记调解协议</translation>
    </message>
    <message>
        <source>record performance</source>
        <translation>登记履行情况</translation>
    </message>
    <message>
        <source>schedule follow-ups</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>record follow-ups</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>refer disputes</source>
        <translation>移交纠纷</translation>
    </message>
    <message>
        <source>archive disputes</source>
        <translation>纠纷归档</translation>
    </message>
    <message>
        <source>request judicial confirmation</source>
        <translation>申请司法确认</translation>
    </message>
    <message>
        <source>record the court&apos;s decision</source>
        <translation>登记法院裁定</translation>
    </message>
    <message>
        <source>edit disputes</source>
        <translation>编辑纠纷</translation>
    </message>
    <message>
        <source>link risk items</source>
        <translation>关联风险隐患</translation>
    </message>
    <message>
        <source>register disputes</source>
        <translation>登记纠纷</translation>
    </message>
    <message>
        <source>view disputes</source>
        <translation>查看纠纷</translation>
    </message>
    <message>
        <source>manage legal-clarity persons</source>
        <translation>管理法律明白人</translation>
    </message>
    <message>
        <source>view legal-clarity persons</source>
        <translation>查看法律明白人</translation>
    </message>
    <message>
        <source>issue notices</source>
        <translation>制发调解通知书</translation>
    </message>
    <message>
        <source>record deliveries</source>
        <translation>登记送达情况</translation>
    </message>
    <message>
        <source>register parties</source>
        <translation>登记当事人</translation>
    </message>
    <message>
        <source>view parties</source>
        <translation>查看当事人</translation>
    </message>
    <message>
        <source>manage the mediator roster</source>
        <translation>管理调解员名册</translation>
    </message>
    <message>
        <source>view the mediator roster</source>
        <translation>查看调解员名册</translation>
    </message>
    <message>
        <source>view unmasked personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>edit parties</source>
        <translation>编辑当事人</translation>
    </message>
    <message>
        <source>merge parties</source>
        <translation>合并当事人</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>report risk items</source>
        <translation>上报风险隐患</translation>
    </message>
    <message>
        <source>record key persons</source>
        <translation>登记重点人员</translation>
    </message>
    <message>
        <source>view risk items</source>
        <translation>查看风险隐患</translation>
    </message>
    <message>
        <source>edit risk items</source>
        <translation>编辑风险隐患</translation>
    </message>
    <message>
        <source>assign risk items</source>
        <translation>交办风险隐患</translation>
    </message>
    <message>
        <source>review risk items</source>
        <translation>研判风险隐患</translation>
    </message>
    <message>
        <source>request closing</source>
        <translation>申请销号</translation>
    </message>
    <message>
        <source>approve closing</source>
        <translation>批准销号</translation>
    </message>
    <message>
        <source>reject closing</source>
        <translation>退回销号申请</translation>
    </message>
    <message>
        <source>reopen risk items</source>
        <translation>重启风险隐患</translation>
    </message>
    <message>
        <source>network share</source>
        <translation>网络共享文件夹</translation>
    </message>
    <message>
        <source>removable drive</source>
        <translation>可移动磁盘</translation>
    </message>
    <message>
        <source>enrol workstations</source>
        <translation>登记工作站</translation>
    </message>
    <message>
        <source>enrol this workstation</source>
        <translation>登记本工作站</translation>
    </message>
    <message>
        <source>replace the enrolled office</source>
        <translation>替换已注册的街道工作站</translation>
    </message>
    <message>
        <source>export bundles</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>review sync conflicts</source>
        <translation>查看同步冲突</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>卷宗号</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>纠纷来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>调解地点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>隐患编号</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Number involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Responsible leader</source>
        <translation>包案领导</translation>
    </message>
    <message>
        <source>Control measures</source>
        <translation>稳控措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>化解时限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Ethnicity</source>
        <translation>民族</translation>
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
        <source>Occupation</source>
        <translation>工作单位及职务</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Date selected</source>
        <translation>选任时间</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>export ledgers</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>export personal data unmasked</source>
        <translation>导出个人信息明文</translation>
    </message>
    <message>
        <source>edit communities</source>
        <translation>修改社区</translation>
    </message>
    <message>
        <source>extend mediation deadlines</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>schedule mediations</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>see the sync status</source>
        <translation>查看同步状态</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>mediation venue</source>
        <translation>调解场所</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>risk item</source>
        <translation>风险隐患</translation>
    </message>
    <message>
        <source>legal-clarity person</source>
        <translation>法律明白人</translation>
    </message>
    <message>
        <source>mediation agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>mediator of a dispute</source>
        <translation>纠纷调解员</translation>
    </message>
    <message>
        <source>party of a dispute</source>
        <translation>纠纷当事人</translation>
    </message>
    <message>
        <source>risk link of a dispute</source>
        <translation>纠纷关联风险</translation>
    </message>
    <message>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>service of a legal-clarity person</source>
        <translation>法律明白人服务记录</translation>
    </message>
    <message>
        <source>status change of a legal-clarity person</source>
        <translation>法律明白人状态变更</translation>
    </message>
    <message>
        <source>training of a legal-clarity person</source>
        <translation>法律明白人培训记录</translation>
    </message>
    <message>
        <source>mediation notice</source>
        <translation>调解通知</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>party of a risk item</source>
        <translation>风险隐患当事人</translation>
    </message>
    <message>
        <source>risk review</source>
        <translation>风险隐患复查</translation>
    </message>
    <message>
        <source>scheduled mediation</source>
        <translation>安排的调解</translation>
    </message>
    <message>
        <source>judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>status change of a dispute</source>
        <translation>纠纷状态变更</translation>
    </message>
    <message>
        <source>people&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>community legal adviser</source>
        <translation>社区法律顾问</translation>
    </message>
    <message>
        <source>instruction of the street office (交办/督办)</source>
        <translation>街道交办督办事项</translation>
    </message>
    <message>
        <source>reference data only comes from the street office</source>
        <translation>基础数据只能由街道下发</translation>
    </message>
    <message>
        <source>it belongs to another community</source>
        <translation>该记录属于其他社区</translation>
    </message>
    <message>
        <source>it would change a record of another community</source>
        <translation>会修改其他社区的记录</translation>
    </message>
    <message>
        <source>it points to a record of another community</source>
        <translation>引用了其他社区的记录</translation>
    </message>
    <message>
        <source>the record it belongs to is not held here</source>
        <translation>本机没有其所属的记录</translation>
    </message>
    <message>
        <source>its owner is of an unknown kind</source>
        <translation>其所属记录类型未知</translation>
    </message>
    <message>
        <source>choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>a search index no longer matches its table</source>
        <translation>检索索引与数据表不再一致</translation>
    </message>
    <message>
        <source>records refer to other records that are missing</source>
        <translation>有记录引用了已不存在的记录</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>pages of the database file are damaged</source>
        <translation>数据库文件的部分页面已损坏</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>the copy does not match its checksum</source>
        <translation>备份副本与校验值不符</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>备份副本未通过完整性检查</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>文件夹无法写入</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>数据库正忙</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a read or write error</source>
        <translation>读写错误</translation>
    </message>
    <message>
        <source>instruct a community (交办/督办)</source>
        <translation>向社区交办、督办</translation>
    </message>
    <message>
        <source>sign off and answer instructions</source>
        <translation>签收并反馈交办事项</translation>
    </message>
    <message>
        <source>see instructions</source>
        <translation>查看交办事项</translation>
    </message>
</context>
</TS>
