<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdministrationCommand</name>
    <message>
        <location filename="../app/ctl/AdministrationCommand.cpp" line="+30"/>
        <source>Check the database, the audit journal and the schema</source>
        <translation>校验数据库、审计日志和数据结构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypt the database with a new key</source>
        <translation>使用新密钥重新加密数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a consistent encrypted copy of the database</source>
        <translation>写入数据库的一致性加密副本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checks the database file page by page, recomputes the audit journal&apos;s hash chain and compares the schema version with this program&apos;s. Exits with 5 and names the first broken audit row when something is wrong.</source>
        <translation>逐页校验数据库文件，重新计算审计日志的哈希链，并将数据结构版本与本程序的版本进行比对。发现问题时以退出码 5 退出，并指出第一条损坏的审计记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes a new random database key, re-encrypts the database with it and reseals it to every account&apos;s key slot. Passwords stay as they are.</source>
        <translation>生成新的随机数据库密钥，用其重新加密数据库，并重新封装到每个账户的密钥槽中。各账户密码保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</source>
        <translation>将数据库的一致性加密副本写入 FILE，并将密钥文件写入 FILE.keys，即使工作站正在使用中也可执行。请将两者一并保存：以 casedesk.db 和 casedesk.keys 的名称并排恢复后，可使用备份时的密码打开。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where to write the backup.</source>
        <translation>备份的写入位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the one file to write the backup to.</source>
        <translation>请指定唯一一个用于写入备份的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is encrypted with a new key. Backups taken before now still open with their own key files.</source>
        <translation>数据库已使用新密钥加密。此前生成的备份仍可使用各自的密钥文件打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Audit journal: %n row(s)</source>
        <translation>
            <numerusform>审计日志：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, chain intact</source>
        <translation>，哈希链完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, chain broken at row %1</source>
        <translation>，哈希链在第 %1 行断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 (this program knows %2)</source>
        <translation>数据结构版本：%1（本程序支持 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</source>
        <translation>校验未通过。请从损坏发生之前生成的备份中恢复工作站，并保留此副本以备调查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification passed.</source>
        <translation>校验通过。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to %1 and its key file to %1.keys.</source>
        <translation>备份已写入 %1，其密钥文件已写入 %1.keys。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <location filename="../modules/intake/AttachmentStore.cpp" line="+81"/>
        <source>The file &quot;%1&quot; is empty. Scan or copy the document again.</source>
        <translation>文件“%1”为空。请重新扫描或复制该材料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &quot;%1&quot; is %2 MiB; this document may be at most %3 MiB. Scan it at a lower resolution or in black and white.</source>
        <translation>文件“%1”大小为 %2 MiB；此材料最大不能超过 %3 MiB。请以较低分辨率或黑白模式扫描。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file &quot;%1&quot; cannot be accepted for this document, which takes only these formats: %2.</source>
        <translation>文件“%1”不能作为本材料接收，本材料只接受以下格式：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <source>keeping the document</source>
        <translation>保存材料</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the document</source>
        <translation>读取材料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document is no longer kept on this workstation.</source>
        <translation>本工作站已不再保存此材料。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>looking for the document</source>
        <translation>查找材料</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>removing documents no case needs</source>
        <translation>清理不再被任何案件使用的材料</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../modules/store/AuditJournal.cpp" line="+71"/>
        <location line="+31"/>
        <source>writing the audit journal</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>checking the audit journal</source>
        <translation>校验审计日志</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <location filename="../app/ctl/CaseCommand.cpp" line="+89"/>
        <source>Imports and exports cases as JSON lines, one case a line:
  {&quot;caseType&quot;: &quot;passport-application&quot;, &quot;fields&quot;: {...}, &quot;feeFen&quot;: 12000}
fields holds the form&apos;s answers by field id: text as strings, numbers and money (in fen) as numbers. feeFen may be left out for the case type&apos;s fee.

Actions:
  import FILE|-   check every line against its case type and take in the good ones as new cases, as the signed-in clerk. A bad line is reported with its number and what is wrong, and nothing of it is written; the other lines are still imported, and the command then exits with 1. With -, the lines follow the password on standard input.
  export [FILE|-] write the cases, oldest first, to FILE or standard output, in the shape import reads, plus each case&apos;s number, status and receivedAt, which import ignores. --status and --type choose which cases.

Case files hold personal data: an exported file is readable by its owner only.</source>
        <translation>以 JSON Lines 格式导入和导出案件，每行一个案件：
  {&quot;caseType&quot;: &quot;passport-application&quot;, &quot;fields&quot;: {...}, &quot;feeFen&quot;: 12000}
fields 按字段 id 保存表单的填写内容：文本为字符串，数字和金额（以分为单位）为数值。省略 feeFen 时按该案件类型的收费标准收费。

操作：
  import FILE|-   按各行的案件类型逐行校验，并以当前登录的窗口受理员身份将合格的行受理为新案件。有误的行会报告其行号和错误内容，且该行不写入任何数据；其余各行仍会导入，随后命令以退出码 1 退出。使用 - 时，各行在密码之后从标准输入读取。
  export [FILE|-] 将案件按从早到晚的顺序写入 FILE 或标准输出，格式与 import 读取的格式相同，另附每个案件的编号、状态和 receivedAt（import 会忽略这些内容）。使用 --status 和 --type 选择要导出的案件。

案件文件含有个人信息：导出的文件仅其所有者可读。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>export: only cases with this status (received, checked, awaiting-approval, approved, rejected, closed).</source>
        <translation>export：仅导出处于此状态的案件（received、checked、awaiting-approval、approved、rejected、closed）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: only cases of this case type.</source>
        <translation>export：仅导出此案件类型的案件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import or export.</source>
        <translation>import 或 export。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to read or write; - for standard input or output.</source>
        <translation>要读取或写入的文件；- 表示标准输入或标准输出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name an action: import or export.</source>
        <translation>请指定一项操作：import 或 export。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at most one file.</source>
        <translation>最多只能指定一个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the file to import, or - for standard input.</source>
        <translation>请指定要导入的文件，或使用 - 表示标准输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--status and --type apply only to case export.</source>
        <translation>--status 和 --type 仅用于选择要导出的案件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown case type &quot;%1&quot;. Case types: %2.</source>
        <translation>未知案件类型“%1”。可用案件类型：%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a JSON object (%1 at character %2).</source>
        <translation>不是 JSON 对象（%1，位于第 %2 个字符）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot;; a case line has caseType, fields and feeFen.</source>
        <translation>未知的键“%1”；案件行只能包含 caseType、fields 和 feeFen。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>caseType is missing.</source>
        <translation>缺少 caseType。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown case type &quot;%1&quot;.</source>
        <translation>未知案件类型“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields must be an object of the form&apos;s answers.</source>
        <translation>fields 必须是一个包含表单填写内容的对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeFen must be a whole number of fen, 0 or more.</source>
        <translation>feeFen 必须是以分为单位的整数，且不小于 0。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2: warning: %3</source>
        <translation>%1：%2：警告：%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a clerk may import cases, since each becomes a case they took in.</source>
        <translation>只有窗口受理员可以导入案件，因为导入的每个案件都将记为由其受理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Stopped at line %1 after importing %n case(s).</source>
        <translation>
            <numerusform>已导入 %n 个案件后，在第 %1 行停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>已导入 %n 个案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) not imported: %1. Correct them and import those lines again.</source>
        <translation>
            <numerusform>%n 行未导入：%1。请更正这些行后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n case(s).</source>
        <translation>
            <numerusform>已导出 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CaseCommand.h" line="+25"/>
        <source>Import and export cases as JSON lines</source>
        <translation>以 JSON Lines 格式导入和导出案件</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../modules/intake/CaseRepository.cpp" line="+50"/>
        <source>giving the case a number</source>
        <translation>生成案件编号</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>looking up the applicant</source>
        <translation>查询申请人</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+39"/>
        <source>saving the applicant</source>
        <translation>保存申请人信息</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>indexing the case for search</source>
        <translation>为案件建立搜索索引</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attaching the documents</source>
        <translation>关联材料</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file &quot;%1&quot; is no longer kept on this workstation. Add it again.</source>
        <translation>本工作站已不再保存文件“%1”。请重新添加。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only a clerk may take in cases.</source>
        <translation>只有窗口受理员可以受理案件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case needs its type and the applicant&apos;s name and id number.</source>
        <translation>案件须填写案件类型以及申请人的姓名和证件号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fee cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>saving the case</source>
        <translation>保存案件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>reading the case</source>
        <translation>读取案件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your role may not open cases.</source>
        <translation>您的角色无权打开案件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>This case no longer exists on this workstation.</source>
        <translation>本工作站上已不存在此案件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>changing the case&apos;s status</source>
        <translation>更改案件状态</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your role may not read cases.</source>
        <translation>您的角色无权读取案件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>reading the cases</source>
        <translation>读取案件</translation>
    </message>
</context>
<context>
    <name>CaseStatusRules</name>
    <message>
        <location filename="../modules/core/CaseStatus.cpp" line="+49"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>已核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>未予批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>处于“%1”状态的案件不能变更为“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor may approve or reject a case.</source>
        <translation>只有审批主管可以批准案件或作出不予批准的决定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You took this case in yourself, so another supervisor must decide it.</source>
        <translation>此案件由您本人受理，须由其他审批主管作出决定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your role may not move a case to &quot;%1&quot;.</source>
        <translation>您的角色无权将案件变更为“%1”状态。</translation>
    </message>
</context>
<context>
    <name>CaseTypeLoader</name>
    <message>
        <location filename="../modules/intake/CaseTypeLoader.cpp" line="+235"/>
        <source>key &quot;%1&quot;</source>
        <translation>键“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;%1&quot;</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document &quot;%1&quot;</source>
        <translation>材料“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, line %2, column %3: this is not valid JSON (%4).</source>
        <translation>%1，第 %2 行第 %3 列：不是有效的 JSON（%4）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the key &quot;%1&quot; is not part of the format.</source>
        <translation>键“%1”不属于该格式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &quot;%1&quot; in &quot;%2&quot; is not part of the format.</source>
        <translation>“%2”中的键“%1”不属于该格式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>您是否指的是“%1”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed here: %1.</source>
        <translation>此处允许的键：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>缺少键“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &quot;%1&quot; is missing in &quot;%2&quot;.</source>
        <translation>“%2”中缺少键“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must give the text in both languages: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>“%1”必须同时提供两种语言的文本：{&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 text of &quot;%2&quot; is empty.</source>
        <translation>“%2”的 %1 文本为空。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>“%1”必须是 %2 至 %3 之间的整数，而不是 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a name in lower case with dashes, such as &quot;pension-enrolment&quot;, not %2.</source>
        <translation>“%1”必须是由小写字母和连字符组成的名称，例如“pension-enrolment”，而不是 %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the fee cannot be negative. Write 0 for a free service.</source>
        <translation>费用不能为负数。免费事项请填写 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the fee in fen as {&quot;amountFen&quot;: 2000}, or 0 for a free service; %1 is not accepted.</source>
        <translation>请以分为单位填写费用，格式为 {&quot;amountFen&quot;: 2000}，免费事项填写 0；不接受 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the fee cannot be negative (%1 fen). Write 0 for a free service.</source>
        <translation>费用不能为负数（%1 分）。免费事项请填写 0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;amountFen&quot; must be a whole number of fen, such as 12000 for 120 yuan, not %1.</source>
        <translation>“amountFen”必须是以分为单位的整数，例如 12000 表示 120 元，而不是 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name the print templates as {&quot;receipt&quot;: &quot;…&quot;, &quot;decision&quot;: &quot;…&quot;}.</source>
        <translation>请按 {&quot;receipt&quot;: &quot;…&quot;, &quot;decision&quot;: &quot;…&quot;} 的格式指定打印模板。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a case type definition must be one JSON object { … }.</source>
        <translation>案件类型定义必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a valid case type id. Write it in lower case with dashes, such as &quot;pension-enrolment&quot;.</source>
        <translation>%1 不是有效的案件类型标识。请使用小写字母和连字符，例如“pension-enrolment”。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the key &quot;applicant&quot; is missing. Name the fields that hold the applicant&apos;s name, id number and telephone, such as %1.</source>
        <translation>缺少键“applicant”。请指定保存申请人姓名、证件号码和电话的字段，例如 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;applicant&quot; must name the fields that hold the applicant&apos;s details, such as %1, not %2.</source>
        <translation>“applicant”必须指定保存申请人信息的字段，例如 %1，而不是 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id kind %1 is unknown. Known kinds: %2.</source>
        <translation>未知的证件种类 %1。可用种类：%2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;idNumber&quot; names field &quot;%1&quot;, which must have the checksum rule &quot;%2&quot; to hold a number of kind &quot;%3&quot;.</source>
        <translation>“idNumber”指定的字段“%1”必须使用校验规则“%2”，才能保存“%3”类证件号码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; names field %2, which does not exist.</source>
        <translation>“%1”指定的字段 %2 不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; names field &quot;%2&quot; of type &quot;%3&quot;; the type must be one of: %4.</source>
        <translation>“%1”指定的字段“%2”类型为“%3”；类型必须为以下之一：%4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; names field &quot;%2&quot;, which must be required and always shown, because no case can be taken in without it.</source>
        <translation>“%1”指定的字段“%2”必须为必填项且始终显示，因为缺少该字段就无法受理案件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;fields&quot; must be a list of at least one field.</source>
        <translation>“fields”必须是至少包含一个字段的列表。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>field %1</source>
        <translation>第 %1 个字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each field must be a JSON object { … }.</source>
        <translation>每个字段都必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the key &quot;id&quot; is missing.</source>
        <translation>缺少键“id”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid field id. Write it in lower case with underscores, such as &quot;birth_date&quot;.</source>
        <translation>%1 不是有效的字段标识。请使用小写字母和下划线，例如“birth_date”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this id is already used by field %1. Each field needs its own id.</source>
        <translation>此标识已被字段 %1 使用。每个字段都需要有自己的标识。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the type %1 is unknown. Known types: %2.</source>
        <translation>未知类型 %1。可用类型：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;required&quot; must be true or false, not %1.</source>
        <translation>“required”必须为 true 或 false，而不是 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only a field of type choice has &quot;choices&quot;; this one is of type &quot;%1&quot;.</source>
        <translation>只有 choice 类型的字段才能包含“choices”；此字段的类型为“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;required&quot; is true, so &quot;requiredWhen&quot; would never matter. Keep one of the two.</source>
        <translation>“required”为 true，因此“requiredWhen”永远不会起作用。请二者保留其一。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; applies to fields typed in as text (text, id-number, phone, address), not to a field of type &quot;%2&quot;.</source>
        <translation>“%1”只适用于以文本形式输入的字段（text、id-number、phone、address），不适用于“%2”类型的字段。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;pattern&quot; must be a regular expression written as text, not %1.</source>
        <translation>“pattern”必须是以文本形式书写的正则表达式，而不是 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>模式“%1”不是有效的正则表达式：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;minLength&quot; (%1) is greater than &quot;maxLength&quot; (%2).</source>
        <translation>“minLength”（%1）大于“maxLength”（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a checksum rule applies to fields of type text or id-number, not to a field of type &quot;%1&quot;.</source>
        <translation>校验规则只适用于 text 或 id-number 类型的字段，不适用于“%1”类型的字段。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checksum rule %1 is unknown. Known rules: %2.</source>
        <translation>未知校验规则 %1。可用规则：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a field of type choice needs &quot;choices&quot;: a list of at least one {&quot;value&quot;: &quot;…&quot;, &quot;label&quot;: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</source>
        <translation>choice 类型的字段需要“choices”：一个至少包含一项 {&quot;value&quot;: &quot;…&quot;, &quot;label&quot;: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}} 的列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, choice %2</source>
        <translation>%1，第 %2 个选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each choice must be a JSON object { … }.</source>
        <translation>每个选项都必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;value&quot; must be non-empty text, not %1.</source>
        <translation>“value”必须是非空文本，而不是 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, choice &quot;%2&quot;</source>
        <translation>%1，选项“%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this value appears twice. Each choice needs its own value.</source>
        <translation>此值出现了两次。每个选项都需要有自己的值。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; must be a condition such as {&quot;field&quot;: &quot;applied_by_agent&quot;, &quot;equals&quot;: &quot;yes&quot;}, not %2.</source>
        <translation>“%1”必须是一个条件，例如 {&quot;field&quot;: &quot;applied_by_agent&quot;, &quot;equals&quot;: &quot;yes&quot;}，而不是 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; needs either &quot;equals&quot; with one value or &quot;in&quot; with a list of values.</source>
        <translation>“%1”需要用“equals”指定一个值，或用“in”指定一个值列表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; depends on the field itself. A condition must look at another field, above this one.</source>
        <translation>“%1”依赖于字段自身。条件必须引用位于此字段上方的其他字段。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; refers to field &quot;%2&quot;, which comes later in the form. A condition can only look at fields above it.</source>
        <translation>“%1”引用的字段“%2”在表单中位于其后。条件只能引用位于其上方的字段。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; refers to field %2, which does not exist.</source>
        <translation>“%1”引用的字段 %2 不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;in&quot; of &quot;%1&quot; must be a list of at least one value.</source>
        <translation>“%1”的“in”必须是至少包含一个值的列表。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot; with %3, which is not one of its choices (%4).</source>
        <translation>“%1”将字段“%2”与 %3 比较，但该值不是其选项之一（%4）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot;, which holds a number, with %3; write a number.</source>
        <translation>“%1”将保存数字的字段“%2”与 %3 比较；请填写数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot;, which holds text, with %3; write the text in quotes.</source>
        <translation>“%1”将保存文本的字段“%2”与 %3 比较；请将文本写在引号中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;documents&quot; must be a list; write [] when the citizen brings none.</source>
        <translation>“documents”必须是列表；办事群众无需提交材料时请写 []。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this id is already used by document %1. Each document needs its own id.</source>
        <translation>此标识已被材料 %1 使用。每项材料都需要有自己的标识。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>document %1</source>
        <translation>第 %1 项材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each document must be a JSON object { … }.</source>
        <translation>每项材料都必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid document id. Write it in lower case with underscores, such as &quot;identity_card&quot;.</source>
        <translation>%1 不是有效的材料标识。请使用小写字母和下划线，例如“identity_card”。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;required&quot; must be true, false or a condition such as {&quot;field&quot;: &quot;application_type&quot;, &quot;equals&quot;: &quot;renewal&quot;}, not %1.</source>
        <translation>“required”必须为 true、false 或一个条件，例如 {&quot;field&quot;: &quot;application_type&quot;, &quot;equals&quot;: &quot;renewal&quot;}，而不是 %1。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;formats&quot; must list the file formats accepted, out of %1.</source>
        <translation>“formats”必须列出可接受的文件格式，可选值为 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the format %1 is unknown. Known formats: %2.</source>
        <translation>未知格式 %1。可用格式：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format %1 is listed twice.</source>
        <translation>格式 %1 重复列出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;checks&quot; must be a list of check names, such as [&quot;readable&quot;].</source>
        <translation>“checks”必须是检查项名称的列表，例如 [&quot;readable&quot;]。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a check name. Write it in lower case with dashes, such as &quot;not-expired&quot;.</source>
        <translation>%1 不是有效的检查项名称。请使用小写字母和连字符，例如“not-expired”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the check %1 is listed twice.</source>
        <translation>检查项 %1 重复列出。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder of case type definitions %1 does not exist.</source>
        <translation>案件类型定义文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case type definition %1 could not be read. Check that the file is readable.</source>
        <translation>无法读取案件类型定义 %1。请检查该文件是否可读。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2 both define the case type &quot;%3&quot;. Give each case type its own id, or remove one of the files.</source>
        <translation>%1 和 %2 都定义了案件类型“%3”。请为每个案件类型指定不同的标识，或删除其中一个文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A case type built into CaseDesk is broken, so this installation cannot be used: %1 Install CaseDesk again.</source>
        <translation>CaseDesk 内置的某个案件类型已损坏，因此本安装无法使用：%1 请重新安装 CaseDesk。</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <location filename="../modules/intake/CaseValidator.cpp" line="+111"/>
        <source>An amount is a whole number of fen from 0 to 10 billion yuan.</source>
        <translation>金额必须是以分为单位的整数，范围为 0 至 100 亿元。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This field takes text, and the answer given is not text.</source>
        <translation>此项应填写文字，所给内容不是文字。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a number with digits, for example 3 or 12.5.</source>
        <translation>请用数字输入，例如 3 或 12.5。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of the answers offered.</source>
        <translation>请从给出的选项中选择一项。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter a real date as year, month and day, for example 2026-03-01, 20260301 or 2026年3月1日.</source>
        <translation>请按年、月、日输入真实有效的日期，例如 2026-03-01、20260301 或 2026年3月1日。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The date of birth differs from the one in the identity number: check both against the identity card.</source>
        <translation>出生日期与公民身份号码中的出生日期不一致：请对照居民身份证核对两者。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sex differs from the one the identity number gives: check both against the identity card.</source>
        <translation>性别与公民身份号码所示的性别不一致：请对照居民身份证核对两者。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case type has no such field, so the answer cannot be kept.</source>
        <translation>此案件类型没有该字段，因此无法保存该填写内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an answer; it is required.</source>
        <translation>此项为必选项，请选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this field; it is required.</source>
        <translation>此项为必填项，请填写。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This answer is too short: at least %n characters.</source>
        <translation>
            <numerusform>填写内容过短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This answer is too long: at most %n characters, but it has %1.</source>
        <translation>
            <numerusform>填写内容过长：最多 %n 个字符，当前为 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This answer is not written the way this field asks: check it against the label.</source>
        <translation>填写内容不符合该字段要求的写法：请对照字段名称核对。</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../modules/store/ChangeJournal.cpp" line="+91"/>
        <source>writing the change journal</source>
        <translation>写入变更日志</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading the change journal</source>
        <translation>读取变更日志</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+88"/>
        <source>The workstation&apos;s data folder (default: %1).</source>
        <translation>工作站的数据文件夹（默认：%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in as &lt;name&gt;.</source>
        <translation>以 &lt;用户名&gt; 的身份登录。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</source>
        <translation>从标准输入的第一行读取密码。密码不会从命令行或环境变量中读取。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: casedeskctl %1</source>
        <translation>用法：casedeskctl %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>%1 中尚未初始化工作站。请使用以下命令进行初始化：casedeskctl init</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>请指定用于登录的账户：--user NAME。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source><byte value="xd"/>Indexing cases for search: %1 of %2</source>
        <translation><byte value="xd"/>正在为搜索建立案件索引：%1 / %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indexed %1 cases for search after the update.</source>
        <translation>更新后已为搜索重新索引 %1 个案件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A password was expected on standard input and none came.</source>
        <translation>应从标准输入读取密码，但未收到任何输入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run &apos;casedeskctl %1 --help&apos; for how to use it.</source>
        <translation>运行“casedeskctl %1 --help”查看使用方法。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../modules/store/DataDirectory.cpp" line="+34"/>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>数据文件夹 %1 是一个文件，而不是文件夹。请使用 --data-dir 指定其他文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</source>
        <translation>无法创建数据文件夹 %1。请检查上级文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</source>
        <translation>无法将数据文件夹 %1 的访问权限限定为仅您本人可用。请检查该文件夹的所有者。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../modules/store/Database.cpp" line="+56"/>
        <source>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</source>
        <translation>数据库文件 %1 缺失。请从备份中恢复，或重新设置工作站。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database already exists at %1. Nothing was changed.</source>
        <translation>%1 处已存在数据库。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation&apos;s own database from a backup.</source>
        <translation>数据库文件 %1 未加密。CaseDesk 拒绝使用该文件；请从备份中恢复本工作站自己的数据库。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</source>
        <translation>无法创建数据库文件 %1。请检查数据文件夹是否属于您，以及磁盘是否有剩余空间。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database driver did not start. Reinstall CaseDesk.</source>
        <translation>数据库驱动程序未能启动。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</source>
        <translation>数据库写入时未加密。为避免个人数据在无保护状态下存储，CaseDesk 已停止运行。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+150"/>
        <source>The database key could not be prepared: the computer is short of locked memory.</source>
        <translation>无法准备数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>applying the database key</source>
        <translation>应用数据库密钥</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</source>
        <translation>当前使用的数据库库不支持加密。没有 SQLCipher，CaseDesk 拒绝运行；请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</source>
        <translation>无法将数据库切换为预写日志模式。请确认数据文件夹位于本地磁盘上。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>changing the database</source>
        <translation>更改数据库</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation&apos;s data, then try again.</source>
        <translation>数据库正被其他程序使用。请关闭正在处理本工作站数据的其他 CaseDesk 窗口或工具，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放部分空间后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏或在 CaseDesk 之外被修改（完整性校验未通过）。请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</source>
        <translation>无法以写入方式打开数据库文件 %1。请确认数据文件夹归您所有且不是只读的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk reported an error while %1. Nothing was saved; check the disk and try again.</source>
        <translation>磁盘在%1时报告错误。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database refused the change while %1. Nothing was saved.</source>
        <translation>数据库在%1时拒绝了更改。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>re-encrypting the database</source>
        <translation>重新加密数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选一个文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup file %1 could not be created. Check the folder and the free space.</source>
        <translation>无法创建备份文件 %1。请检查文件夹和可用空间。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>creating the backup file</source>
        <translation>创建备份文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>writing the backup</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checking the database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>starting a change</source>
        <translation>开始更改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>saving the change</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/ctl/DemoCommand.cpp" line="+18"/>
        <source>Fills the workstation with N demonstration cases of the shipped case types, taken in by its clerk accounts over the past two years: Chinese and Latin names, valid identity numbers and phones, every status, and scanned documents for some of them. The same seed gives the same cases. Demo cases get provisional numbers like real ones, but are never synchronised with the registry. Only an administrator may run it, and the workstation needs at least one clerk account.</source>
        <translation>向工作站填充 N 个演示案件，使用随程序提供的案件类型，由工作站的窗口受理员账户在过去两年内受理：包含中文姓名和拉丁字母姓名、有效的公民身份号码和电话号码、各种状态，部分案件附有扫描材料。相同的种子生成相同的案件。演示案件与真实案件一样获得临时受理编号，但永远不会与中心登记系统同步。只有系统管理员可以运行此命令，且工作站至少需要有一个窗口受理员账户。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many cases to generate.</source>
        <translation>要生成的案件数量。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed of the generator (default %1).</source>
        <translation>生成器的种子（默认为 %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how many cases to generate with --cases N, from 1 to %1.</source>
        <translation>请使用 --cases N 指定要生成的案件数量，范围为 1 至 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seed must be a whole number of 0 or more.</source>
        <translation>种子必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source><byte value="xd"/>%1 of %2 cases written</source>
        <translation><byte value="xd"/>已写入 %1 个案件，共 %2 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated %1 demo cases for %2 new applicants, with %3 attachments (%4 new files), in %5 s: %6 cases a second.</source>
        <translation>已为 %2 位新申请人生成 %1 个演示案件，含 %3 个附件（%4 个新文件），用时 %5 秒：每秒 %6 个案件。</translation>
    </message>
    <message>
        <location filename="../app/ctl/DemoCommand.h" line="+15"/>
        <source>Generate demonstration cases</source>
        <translation>生成演示案件</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../modules/intake/DemoData.cpp" line="+1494"/>
        <source>Only an administrator may fill the workstation with demo cases.</source>
        <translation>只有系统管理员可以向工作站填充演示案件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of demo cases must be between 1 and %1.</source>
        <translation>演示案件的数量必须介于 1 至 %1 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preparing the demo cases</source>
        <translation>准备演示案件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo cases are taken in by clerks, and this workstation has no active clerk account. Add one first: casedeskctl user add NAME --role clerk</source>
        <translation>演示案件须由窗口受理员受理，但本工作站没有正常状态的窗口受理员账户。请先添加一个：casedeskctl user add NAME --role clerk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo cases are made for the shipped case types (pension enrolment, passport application, business licence change), and none of them is installed.</source>
        <translation>演示案件基于随程序提供的案件类型（养老保险参保登记、护照申请、营业执照变更）生成，但这些案件类型均未安装。</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The demo cases ran out before %1 were made. Please report this.</source>
        <translation>演示案件在生成 %1 件之前已用完。请报告此问题。</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>storing the demo files</source>
        <translation>保存演示文件</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <location filename="../modules/intake/DraftRepository.cpp" line="+18"/>
        <source>Only a clerk fills in intake forms.</source>
        <translation>只有窗口受理员可以填写受理表单。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>saving the form as a draft</source>
        <translation>将表单保存为草稿</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the draft</source>
        <translation>读取草稿</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>discarding the draft</source>
        <translation>丢弃草稿</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/ctl/InitCommand.cpp" line="+33"/>
        <source>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</source>
        <translation>在数据文件夹中初始化新的工作站，并创建第一个系统管理员，其密码从标准输入读取。使用 --demo 时，将初始化一个演示工作站，为每种角色各创建一个账户，并一次性显示这些账户的密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first administrator&apos;s user name.</source>
        <translation>第一个系统管理员的用户名。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Read the administrator&apos;s password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取系统管理员的密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a demonstration workstation instead.</source>
        <translation>改为初始化演示工作站。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office the workstation serves.</source>
        <translation>本工作站所服务的办公机构。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demonstration office</source>
        <translation>演示办公机构</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name the first administrator with --admin NAME, or use --demo.</source>
        <translation>请使用 --admin NAME 指定第一个系统管理员，或使用 --demo。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the administrator&apos;s password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin，通过标准输入提供系统管理员的密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>%1 中已初始化工作站。未作任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>已在 %1 中初始化工作站，系统管理员为 %2。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demonstration workstation set up. These passwords are shown only now:</source>
        <translation>演示工作站已初始化。以下密码仅显示这一次：</translation>
    </message>
    <message>
        <location filename="../app/ctl/InitCommand.h" line="+15"/>
        <source>Set up a new workstation</source>
        <translation>设置新的工作站</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../modules/store/crypto/KeySlotFile.cpp" line="+155"/>
        <location line="+22"/>
        <source>The encryption library could not start. Reinstall CaseDesk.</source>
        <translation>加密库未能启动。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</source>
        <translation>%1 处已存在密钥文件。再次设置工作站将导致其对应的数据库无法读取；如确需重新设置，请先将旧文件移走。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</source>
        <translation>密钥文件 %1 缺失，因此无法打开数据库。请从与数据库一同生成的备份中恢复该文件，或重新设置工作站。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key slot file %1 could not be read. Check the data folder&apos;s permissions.</source>
        <translation>无法读取密钥文件 %1。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</source>
        <translation>密钥文件 %1 由更新版本的 CaseDesk 写入。请更新本工作站上的 CaseDesk。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This user can already open the database on this workstation. Change the user&apos;s password instead.</source>
        <translation>该用户已能在本工作站上打开数据库。请改为更改该用户的密码。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</source>
        <translation>该用户是最后一个能够打开数据库的用户；删除后将无人能够打开数据库。请先添加其他用户。</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+20"/>
        <source>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>无法保存密钥文件。磁盘可能已满或为只读；未做任何更改。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</source>
        <translation>密钥文件 %1 已损坏，不可信任。请从与数据库一同生成的备份中恢复该文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>由于密码错误次数过多，此账户已被锁定至 %1。请届时重试，或联系系统管理员解锁。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>用户名或密码错误。请检查键盘布局和大写锁定键，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</source>
        <translation>该用户无法在本工作站上打开数据库：没有该用户的密钥。请联系系统管理员重新添加该用户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer is short of memory for checking the password. Close other programs and try again.</source>
        <translation>计算机内存不足，无法校验密码。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database keys could not be handled. This is a fault in CaseDesk; please report it.</source>
        <translation>无法处理数据库密钥。这是 CaseDesk 的程序故障，请报告此问题。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+58"/>
        <source>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</source>
        <translation>此数据库由更新版本的 CaseDesk 写入（数据结构版本 %1；本程序最高支持 %2）。请安装更新的版本。未做任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A schema migration is missing from this program. Reinstall CaseDesk.</source>
        <translation>本程序缺少一项数据结构迁移。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>updating the database schema</source>
        <translation>更新数据库结构</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../modules/core/PasswordPolicy.cpp" line="+26"/>
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>密码长度不能少于 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must not be only digits. Use a few words or mix letters and digits.</source>
        <translation>密码不能全部为数字。请使用几个单词，或将字母与数字混合使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not repeat a single character.</source>
        <translation>密码不能由同一个字符重复组成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must not contain the account name.</source>
        <translation>密码不能包含账户名称。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/ctl/SearchCommand.cpp" line="+15"/>
        <source>Finds cases the way the desk&apos;s search box does: by the applicant&apos;s name, Chinese or Latin, whole or in part; by an id number or phone number, whole or by its last four or more digits; or by case number. Every word must match. Prints the newest matches first, one a line: number, case type, status, intake time and applicant, separated by tabs. The applicant&apos;s name is personal data: it is shown on this terminal only, never logged.</source>
        <translation>按工作台搜索框的方式查找案件：按申请人姓名（中文或拉丁字母，全名或部分）；按证件号码或电话号码（完整号码或末尾四位及以上数字）；或按案件编号。每个词都必须匹配。按从新到旧的顺序输出匹配结果，每行一条：编号、案件类型、状态、受理时间和申请人，以制表符分隔。申请人姓名属于个人信息：仅在此终端显示，绝不写入日志。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show at most N cases (default %1, at most %2).</source>
        <translation>最多显示 N 个案件（默认 %1，最多 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what to look for.</source>
        <translation>请指定要查找的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit 须为 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role may not search cases.</source>
        <translation>您的角色无权搜索案件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No case matches.</source>
        <translation>没有匹配的案件。</translation>
    </message>
    <message>
        <location filename="../app/ctl/SearchCommand.h" line="+17"/>
        <source>Find cases by name, id number, phone or case number</source>
        <translation>按姓名、证件号码、电话或案件编号查找案件</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../modules/intake/SearchIndex.cpp" line="+23"/>
        <source>reading the state of the search index</source>
        <translation>读取搜索索引状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>indexing the cases for search</source>
        <translation>为搜索建立案件索引</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../modules/store/SecretStore.cpp" line="+60"/>
        <source>The keychain holds no credential for this workstation. Enrol the workstation again.</source>
        <translation>系统密钥环中没有本工作站的凭据。请重新登记本工作站。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</source>
        <translation>系统密钥环不可用。请先登录桌面会话以解锁系统密钥环，然后重试。</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../modules/store/Statement.cpp" line="+60"/>
        <source>preparing a change</source>
        <translation>准备更改</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving a change</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../app/ctl/UserCommand.cpp" line="+27"/>
        <source>The new account&apos;s role.</source>
        <translation>新账户的角色。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, add, passwd, disable or enable.</source>
        <translation>list、add、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account the action is about.</source>
        <translation>操作所针对的账户。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name an action: %1.</source>
        <translation>请指定一项操作：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name exactly one account for &apos;%1&apos;.</source>
        <translation>“%1”操作须指定且仅指定一个账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin，通过标准输入提供您的密码。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Manages the workstation&apos;s accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again, with a new password read from the second line of standard input

Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>管理工作站的账户。

操作：
  list                    列出账户
  add NAME --role ROLE    添加账户；其密码取自标准输入的第二行
  passwd NAME             设置新密码，新密码取自标准输入的第二行
  disable NAME            禁止该账户登录
  enable NAME             允许已停用的账户重新登录，新密码取自标准输入的第二行

角色：clerk（窗口受理员）、hearing-secretary（听证书记员）、supervisor（审批主管）、administrator（系统管理员）。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the new account a role with --role.</source>
        <translation>请使用 --role 为新账户指定角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role &quot;%1&quot;. Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>未知角色“%1”。可用角色：clerk、hearing-secretary、supervisor、administrator。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for the new account %1: </source>
        <translation>新账户 %1 的密码：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account %1 added as %2.</source>
        <translation>已添加账户 %1，角色为%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account %1 is enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <location filename="../app/ctl/UserCommand.h" line="+17"/>
        <source>List, add, disable and enable accounts; change passwords</source>
        <translation>列出、添加、停用和启用账户；修改密码</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../modules/store/UserRepository.cpp" line="+49"/>
        <source>adding the account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>reading the accounts</source>
        <translation>读取账户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>changing the account</source>
        <translation>更改账户</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../modules/intake/Validators.cpp" line="+143"/>
        <source>Enter the identity number.</source>
        <translation>请输入公民身份号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an old 15-digit identity number; it must be converted to the 18-character form. Enter the number on the current identity card.</source>
        <translation>这是旧版 15 位公民身份号码，须转换为 18 位。请输入现行居民身份证上的号码。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An identity number has 18 characters, but this one has %n.</source>
        <translation>
            <numerusform>公民身份号码为 18 位，但此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An identity number has only digits, with X allowed as the last character: check for a mistyped letter.</source>
        <translation>公民身份号码只能由数字组成，最后一位可以是 X：请检查是否误输入了字母。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first two digits are not a province code: check the start of the number.</source>
        <translation>前两位数字不是省级行政区划代码：请检查号码开头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A residence permit for Hong Kong, Macao or Taiwan residents has four zeros after the first two digits: check the start of the number.</source>
        <translation>港澳台居民居住证号码的前两位数字之后为四个 0：请检查号码开头。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digits 7 to 14 are not a real date of birth: check the year, month and day.</source>
        <translation>第 7 至 14 位不是真实有效的出生日期：请检查年、月、日。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Digits 7 to 14 give a year of birth before 1890: check the year.</source>
        <translation>第 7 至 14 位表示的出生年份早于 1890 年：请检查年份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits 7 to 14 give a date of birth in the future: check the year, month and day.</source>
        <translation>第 7 至 14 位表示的出生日期晚于今天：请检查年、月、日。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check character does not match: one digit may be mistyped, or two digits swapped.</source>
        <translation>校验码不匹配：可能有一位数字输错，或有两位数字颠倒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of birth in the number is more than 120 years ago: check the year.</source>
        <translation>号码中的出生日期距今已超过 120 年：请检查年份。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the passport number.</source>
        <translation>请输入护照号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passports with a number beginning with G are no longer issued, so this one has probably expired: check the expiry date.</source>
        <translation>G 字头号码的护照已不再签发，此护照很可能已过期：请核对有效期截止日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passport number is E and 8 digits, or E, a letter and 7 digits (D, S or P and 7 digits for official passports): check the number.</source>
        <translation>护照号码为 E 加 8 位数字，或 E 加一个字母再加 7 位数字（公务类护照为 D、S 或 P 加 7 位数字）：请检查号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mobile number has only digits; spaces and dashes are allowed between them.</source>
        <translation>手机号码只能由数字组成，数字之间可以有空格和连字符。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A mobile number has 11 digits, but this one has %n.</source>
        <translation>
            <numerusform>手机号码为 11 位数字，但此号码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mobile number begins with 13 to 19: check the first digits.</source>
        <translation>手机号码以 13 至 19 开头：请检查前几位数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone number has only digits; spaces and dashes are allowed between them.</source>
        <translation>电话号码只能由数字组成，数字之间可以有空格和连字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the area code before a landline number, for example 010 for Beijing.</source>
        <translation>固定电话号码前请输入区号，例如北京为 010。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The area code is not valid: check the digits after the first 0.</source>
        <translation>区号无效：请检查首位 0 之后的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A landline number has 7 or 8 digits after the area code: check for a missing or extra digit.</source>
        <translation>固定电话号码在区号之后应为 7 位或 8 位数字：请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A landline number does not begin with 0 after the area code: check the area code.</source>
        <translation>固定电话号码在区号之后不能以 0 开头：请检查区号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A unified social credit code has 18 characters, but this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码为 18 位，但此代码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A unified social credit code has digits and capital letters except I, O, S, V and Z: check for a mistyped letter.</source>
        <translation>统一社会信用代码由数字和除 I、O、S、V、Z 以外的大写字母组成：请检查是否输错了字母。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check character does not match: one character may be mistyped, or two characters swapped.</source>
        <translation>校验码不匹配：可能有一个字符输错，或有两个字符颠倒。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a real date of birth.</source>
        <translation>请输入真实有效的出生日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth is in the future: check the year, month and day.</source>
        <translation>出生日期晚于今天：请检查年、月、日。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is more than 120 years ago: check the year.</source>
        <translation>出生日期距今已超过 120 年：请检查年份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter both the date of issue and the date of expiry.</source>
        <translation>请同时输入签发日期和有效期截止日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of expiry must be after the date of issue: check both dates.</source>
        <translation>有效期截止日期必须晚于签发日期：请检查这两个日期。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the amount in yuan with digits, for example 85 or 1,350.50.</source>
        <translation>请用数字输入以元为单位的金额，例如 85 或 1,350.50。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount has at most two decimals: check the number.</source>
        <translation>金额最多保留两位小数：请检查数字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount is larger than 10 billion yuan: check the number.</source>
        <translation>金额超过 100 亿元：请检查数字。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the account number.</source>
        <translation>请填写账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number holds digits only.</source>
        <translation>账号只能由数字组成。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An account number has 12 to 19 digits, but this one has %n.</source>
        <translation>
            <numerusform>账号应为 12 至 19 位数字，此账号为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The last digit does not match the rest of the account number. Check the number against the card with the citizen.</source>
        <translation>账号末位校验码与前面的数字不符。请与办事群众核对卡面上的号码。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This field names a check the program does not know, so its value cannot be accepted. Ask the administrator to correct the case type.</source>
        <translation>此字段指定了程序无法识别的校验项，因此无法接受其值。请联系系统管理员更正该案件类型。</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../modules/store/Workstation.cpp" line="+42"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>用户名由 2 至 32 个字母、数字、点、连字符或下划线组成，不能包含空格。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>%1 中已设置过工作站。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the name of the office.</source>
        <translation>请输入办公机构名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database key could not be made: the computer is short of locked memory.</source>
        <translation>无法生成数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>setting up the workstation</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</source>
        <translation>您的密钥槽对应的数据库与当前使用的数据库不同。密钥文件 %1 不属于此数据库；请从同一份备份中恢复两者。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</source>
        <translation>密钥文件 %1 中含有数据库无法识别的账户的密钥槽。请从同一份备份中恢复密钥文件和数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>此账户已停用。请联系系统管理员启用。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>reading the device record</source>
        <translation>读取设备记录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starting a new device epoch</source>
        <translation>开始新的设备周期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may change other people&apos;s accounts.</source>
        <translation>只有系统管理员可以更改他人的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator may do this.</source>
        <translation>只有系统管理员可以执行此操作。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账户。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>已存在名为 %1 的账户。请另选一个名称。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The account %1 is disabled. Enable it with a new password instead.</source>
        <translation>账户 %1 已停用。请改为使用新密码启用该账户。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>您不能停用自己的账户。请联系其他系统管理员。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The account %1 is not disabled.</source>
        <translation>账户 %1 未被停用。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A new database key could not be made: the computer is short of locked memory.</source>
        <translation>无法生成新的数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选一个文件名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</source>
        <translation>无法将密钥文件复制到备份旁边。磁盘可能已满；未保留任何备份。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only an administrator may change the workstation&apos;s settings.</source>
        <translation>只有系统管理员可以更改工作站设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>锁定时间必须介于 0（从不锁定）至 %1 分钟之间。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving the setting</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <location filename="../modules/intake/CaseListModel.cpp" line="+106"/>
        <source>Your role may not see the cases.</source>
        <translation>您的角色无权查看案件。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>counting the cases</source>
        <translation>统计案件数量</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>searching the cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the case list</source>
        <translation>读取案件列表</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>reading the clerks</source>
        <translation>读取窗口受理员列表</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <translation>窗口受理员</translation>
    </message>
</context>
<context>
    <name>casedesk::CasesPage</name>
    <message>
        <location filename="../modules/intake/ui/CasesPage.cpp" line="+55"/>
        <source>Search by name, id number, phone or case number (Ctrl+F)</source>
        <translation>按姓名、证件号码、电话或案件编号搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>Clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Any clerk</source>
        <translation>全部窗口受理员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Counting the cases…</source>
        <translation>正在统计案件数量…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %Ln matches are shown; type more to narrow the search.</source>
        <translation>
            <numerusform>仅显示前 %Ln 条匹配结果；请输入更多内容以缩小搜索范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CheckerWorker</name>
    <message>
        <location filename="../modules/checks/CheckerWorker.cpp" line="+38"/>
        <source>Analyses one document read from standard input and writes one JSON reply to standard output. Started by CaseDesk for each file; not meant to be run by hand.</source>
        <translation>分析从标准输入读取的一份材料，并向标准输出写入一条 JSON 应答。由 CaseDesk 为每个文件启动；不应手动运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: describe.</source>
        <translation>要执行的操作：describe。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at most this many bytes.</source>
        <translation>最多读取的字节数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address space the worker may use.</source>
        <translation>工作进程可使用的地址空间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processor time the worker may use.</source>
        <translation>工作进程可使用的处理器时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: casedesk-checker describe [--max-bytes N] [--memory-limit N] [--cpu-seconds N]</source>
        <translation>用法：casedesk-checker describe [--max-bytes N] [--memory-limit N] [--cpu-seconds N]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document could not be read from standard input.</source>
        <translation>无法从标准输入读取材料。</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+30"/>
        <source>The desk was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>因 %n 分钟无操作，工作台已锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Preparing case search after the update. This happens once.</source>
        <translation>更新后正在准备案件搜索，此过程只进行一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search is not ready</source>
        <translation>搜索尚未就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases could not be prepared for search, so the search box may miss cases until CaseDesk is started again. Taking in cases is not affected.

%1</source>
        <translation>未能为搜索准备案件，在重新启动 CaseDesk 之前，搜索框可能找不到部分案件。受理案件不受影响。

%1</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentRow</name>
    <message>
        <location filename="../modules/intake/ui/DocumentRow.cpp" line="+63"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a file for %1</source>
        <translation>为“%1”添加文件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, at most %2 MiB</source>
        <translation>%1，不超过 %2 MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required, not yet handed in. %1</source>
        <translation>必交材料，尚未提交。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed with the answers given so far. %1</source>
        <translation>根据目前的填写内容，无需提交。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the citizen has it. %1</source>
        <translation>办事群众如持有，请提交。%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file was already received with case %1.</source>
        <translation>此文件已随案件 %1 提交过。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>casedesk::FieldEditor</name>
    <message>
        <location filename="../modules/intake/ui/FieldEditor.cpp" line="+44"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for example 1985-06-15 or 19850615</source>
        <translation>例如 1985-06-15 或 19850615</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 1,200.50</source>
        <translation>例如 1,200.50</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile, or landline with area code</source>
        <translation>手机号码，或带区号的固定电话号码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionJob</name>
    <message>
        <location filename="../modules/checks/InspectionJob.cpp" line="+87"/>
        <source>This file could not be analysed: the analysis took too long. Check the paper original, or ask for another copy of the file.</source>
        <translation>无法分析此文件：分析耗时过长。请核对纸质原件，或请办事群众另行提供该文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the analysis stopped unexpectedly. Check the paper original, or ask for another copy of the file.</source>
        <translation>无法分析此文件：分析意外中止。请核对纸质原件，或请办事群众另行提供该文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the document checker could not be started. Ask your administrator to repair the CaseDesk installation.</source>
        <translation>无法分析此文件：材料检查程序无法启动。请联系系统管理员修复 CaseDesk 安装。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the document checker gave an answer CaseDesk does not understand. Ask your administrator to repair the CaseDesk installation.</source>
        <translation>无法分析此文件：材料检查程序返回了 CaseDesk 无法识别的应答。请联系系统管理员修复 CaseDesk 安装。</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakePage</name>
    <message>
        <location filename="../modules/intake/ui/IntakePage.cpp" line="+98"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case types are installed, so no case can be taken in. Ask the administrator to install CaseDesk again.</source>
        <translation>未安装任何案件类型，因此无法受理案件。请联系系统管理员重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Case &amp;type:</source>
        <translation>案件类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change the case type?</source>
        <translation>更改案件类型？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and files of this form belong to the case type chosen before and are cleared.</source>
        <translation>此表单的填写内容和文件属于之前选择的案件类型，将被清空。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Use these details</source>
        <translation>使用这些信息(&amp;U)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files on a document or use its Add file… button. Ctrl+D adds a file to the document you are at, or to the first one still missing.</source>
        <translation>将文件拖放到对应材料上，或使用该材料的“添加文件…”按钮。Ctrl+D 为当前所在的材料添加文件，若不在任何材料上，则为第一项尚未提交的材料添加。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next case (Ctrl+N)</source>
        <translation>下一个案件 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clears the form for the next citizen.</source>
        <translation>清空表单，以便受理下一位办事群众。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document… (Ctrl+D)</source>
        <translation>添加材料… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No fee</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee: ¥%1</source>
        <translation>收费：¥%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>decision within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内办结</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add a file for %1</source>
        <translation>为“%1”添加文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted files (%1)</source>
        <translation>可接受的文件 (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This case type needs no documents.</source>
        <translation>此案件类型无需提交材料。</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save yet:</source>
        <translation>尚不能保存：</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) need an answer or a correction: %1.</source>
        <translation>
            <numerusform>有 %n 项需要填写或更正：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to save.</source>
        <translation>可以保存。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s) to check with the citizen; they do not stop saving.</source>
        <translation>
            <numerusform>有 %n 条警告需要与办事群众核实；警告不影响保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n required document(s) not yet handed in; the case can be saved and the documents brought later.</source>
        <translation>
            <numerusform>有 %n 项必交材料尚未提交；案件可以先保存，材料日后补交。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking up the applicant failed, so their details must be typed in: %1</source>
        <translation>查询申请人失败，须手动输入其信息：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Returning applicant: the name and telephone were filled in from their earlier case. Check them with the citizen.</source>
        <translation>再次办理的申请人：已根据其以往案件填入姓名和电话。请与办事群众核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number belongs to a known applicant: %1, telephone %2. The form holds other details.</source>
        <translation>此号码属于已登记的申请人：%1，电话 %2。表单中填写的信息与此不同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The known applicant&apos;s name and telephone were filled in.</source>
        <translation>已填入已登记申请人的姓名和电话。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file &quot;%1&quot; could not be read. Check that it is still there and that you may open it.</source>
        <translation>无法读取文件“%1”。请检查该文件是否仍然存在，以及您是否有权打开。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &quot;%1&quot; is larger than %2 MiB, more than any document may be. Scan it at a lower resolution or in black and white.</source>
        <translation>文件“%1”超过 %2 MiB，超出了任何材料允许的大小。请以较低分辨率或黑白模式扫描。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; is already added for this document.</source>
        <translation>文件“%1”已添加到此材料中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+255"/>
        <source>Not analysed: the document checker is not available here.</source>
        <translation>未分析：此处无法使用材料检查程序。</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>This file could not be analysed; it is kept, and the checks will look at it.</source>
        <translation>无法分析此文件；文件已保留，核查时将对其进行检查。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; was not added: %2</source>
        <translation>文件“%1”未添加：%2</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The form could not be kept as a draft, so a power cut now would lose it: %1</source>
        <translation>无法将表单保存为草稿，此时如果断电，表单内容将丢失：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form you left unsaved could not be read: %1</source>
        <translation>无法读取您上次未保存的表单：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The form you had not saved was restored, as it was at %1.</source>
        <translation>已恢复您未保存的表单（%1 时的状态）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the form?</source>
        <translation>清空表单？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and files of this form are cleared, and the case is not taken in.</source>
        <translation>此表单的填写内容和文件将被清空，且不会受理该案件。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The case was not taken in: %1 Nothing you typed is lost; save again, and call the administrator if it happens again.</source>
        <translation>案件未能受理：%1 您输入的内容均未丢失；请重新保存，如再次出现此问题，请联系系统管理员。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 taken in.</source>
        <translation>案件 %1 已受理。</translation>
    </message>
</context>
<context>
    <name>casedesk::LoginDialog</name>
    <message>
        <location filename="../app/desk/LoginDialog.cpp" line="+26"/>
        <source>CaseDesk — Sign in</source>
        <translation>CaseDesk — 登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CaseDesk — Locked</source>
        <translation>CaseDesk — 已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to CaseDesk</source>
        <translation>登录 CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation is locked</source>
        <translation>本工作站已锁定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../app/desk/MainWindow.cpp" line="+30"/>
        <source>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供听证笔录功能，暂时无法在此记录陈述。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供批量审批功能，暂时无法在此审批案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supervisor&apos;s dashboard is not part of this version of CaseDesk yet.</source>
        <translation>当前版本的 CaseDesk 尚未提供审批主管统计看板。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation is locked. Enter your password to continue.</source>
        <translation>本工作站已锁定。请输入密码以继续。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed in as %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings</source>
        <translation>听证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk %1
Case intake, hearings and approvals for government service counters.</source>
        <translation>CaseDesk %1
面向政务服务窗口的案件受理、听证与审批系统。</translation>
    </message>
</context>
<context>
    <name>casedesk::ProcessLimits</name>
    <message>
        <location filename="../modules/checks/ProcessLimits.cpp" line="+35"/>
        <source>The document checker was given limits that are not positive.</source>
        <translation>为材料检查程序设置的限制值不是正数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document checker could not turn off core dumps.</source>
        <translation>材料检查程序无法关闭核心转储。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document checker could not limit its memory.</source>
        <translation>材料检查程序无法限制其内存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document checker could not limit its processor time.</source>
        <translation>材料检查程序无法限制其处理器时间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document checker could not restrict itself.</source>
        <translation>材料检查程序无法对自身施加限制。</translation>
    </message>
</context>
<context>
    <name>casedesk::Role</name>
    <message>
        <location filename="../modules/core/Role.cpp" line="+42"/>
        <source>Clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing secretary</source>
        <translation>听证书记员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>casedesk::SetUpDialog</name>
    <message>
        <location filename="../app/desk/SetUpDialog.cpp" line="+22"/>
        <source>CaseDesk — Set up this workstation</source>
        <translation>CaseDesk — 设置本工作站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</source>
        <translation>本工作站尚无数据。请输入其所服务的办公机构和首位系统管理员，由该管理员再添加其他账户。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Office:</source>
        <translation>办公机构(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set up the workstation</source>
        <translation>设置工作站(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up this workstation</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <location filename="../app/desk/SettingsPage.cpp" line="+45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-23"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after minutes without use</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lock the desk after:</source>
        <translation>无操作锁定工作台时间(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>casedesk::UsersPage</name>
    <message>
        <location filename="../app/desk/UsersPage.cpp" line="+32"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Accounts are added, disabled and given new passwords with the administrator&apos;s command line: casedeskctl user --help.</source>
        <translation>添加账户、停用账户和设置新密码，请使用系统管理员命令行工具：casedeskctl user --help。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after wrong passwords</source>
        <translation>因密码错误已锁定</translation>
    </message>
</context>
<context>
    <name>casedesk::WorkerProtocol</name>
    <message>
        <location filename="../modules/checks/WorkerProtocol.cpp" line="+236"/>
        <source>This PDF is protected with a password, so CaseDesk cannot look inside it. Ask for a copy without a password.</source>
        <translation>此 PDF 受密码保护，CaseDesk 无法查看其内容。请办事群众提供无密码的副本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is empty. Ask for the document again.</source>
        <translation>此文件为空。请办事群众重新提供该材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a PDF, JPEG or PNG file. Ask for the document in one of these formats.</source>
        <translation>此文件不是 PDF、JPEG 或 PNG 文件。请办事群众以其中一种格式提供该材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is damaged and cannot be opened. Ask for another copy of the document.</source>
        <translation>此文件已损坏，无法打开。请办事群众另行提供该材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: it is too large. Ask for a smaller copy, for example a scan at a lower resolution.</source>
        <translation>无法分析此文件：文件过大。请办事群众提供较小的副本，例如以较低分辨率扫描。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the picture has too many pixels. Ask for a smaller copy, for example a scan at a lower resolution.</source>
        <translation>无法分析此文件：图像像素过多。请办事群众提供较小的副本，例如以较低分辨率扫描。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: it needs more memory than the analysis may use. Check the paper original.</source>
        <translation>无法分析此文件：所需内存超过分析允许使用的上限。请核对纸质原件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: its first page could not be displayed. Check the paper original.</source>
        <translation>无法分析此文件：无法显示其第一页。请核对纸质原件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file could not be analysed. Check the paper original.</source>
        <translation>无法分析此文件。请核对纸质原件。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="+29"/>
        <source>Usage: casedeskctl COMMAND [options]

The administrator&apos;s command line for a CaseDesk workstation.

Commands:
</source>
        <translation>用法：casedeskctl COMMAND [options]

CaseDesk 工作站的系统管理员命令行工具。

命令：
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Run &apos;casedeskctl COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</source>
        <translation>
运行“casedeskctl COMMAND --help”查看各命令的选项。

退出码：0 成功，1 操作失败，2 命令行有误，3 密码错误或账户已锁定，4 当前角色无权执行，5 数据已损坏。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;casedeskctl --help&apos; for the commands.</source>
        <translation>运行“casedeskctl --help”查看可用命令。</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+48"/>
        <source>CaseDesk: case intake, hearings and approvals at the service counter.</source>
        <translation>CaseDesk：政务服务窗口的案件受理、听证与审批。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the workstation data in &lt;folder&gt;.</source>
        <translation>使用 &lt;文件夹&gt; 中的工作站数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the desk in &lt;language&gt;: en or zh_CN.</source>
        <translation>以 &lt;语言&gt; 显示界面：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CaseDesk does not speak &quot;%1&quot;. Choose one of: %2.</source>
        <translation>CaseDesk 不支持语言“%1”。请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</source>
        <translation>CaseDesk 需要图形显示环境，但未检测到（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请在桌面会话中启动；如在无显示器的计算机上运行，请使用虚拟显示：xvfb-run -a casedesk</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <location line="+20"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>CaseDesk is already open on this workstation&apos;s data. Switch to that window.</source>
        <translation>CaseDesk 已在使用本工作站的数据运行。请切换到该窗口。</translation>
    </message>
</context>
</TS>
