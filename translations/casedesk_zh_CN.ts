<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountBook</name>
    <message>
        <location filename="../modules/store/AccountBook.cpp" line="+78"/>
        <source>The account file could not be read. Check the data folder&apos;s permissions.</source>
        <translation>无法读取账户文件。请检查数据文件夹的访问权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>The account file %1 is damaged. Restore it from a backup.</source>
        <translation>账户文件 %1 已损坏。请从备份中恢复该文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>用户名或密码错误。请检查键盘布局和大写锁定键（Caps Lock）后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>此账户已停用。请联系系统管理员启用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is locked after too many wrong passwords. Try again at %1 or ask an administrator.</source>
        <translation>因密码错误次数过多，此账户已被锁定。请于 %1 后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This workstation is already set up. Sign in as an administrator to add accounts.</source>
        <translation>本工作站已完成初始化。如需添加账户，请以系统管理员身份登录。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账户。</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+95"/>
        <source>The password could not be stored: the computer is short of memory. Close other programs and try again.</source>
        <translation>无法保存密码：计算机内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>不能停用您自己的账户。请联系其他系统管理员。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>用户名应由 2 至 32 个字母、数字、点（.）、连字符（-）或下划线（_）组成，不能包含空格。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The password library could not start. Reinstall CaseDesk.</source>
        <translation>密码组件无法启动。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>名为 %1 的账户已存在。请使用其他名称。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only an administrator may change other people&apos;s accounts.</source>
        <translation>只有系统管理员可以修改他人的账户。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The change to the accounts could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>无法保存对账户的修改。磁盘可能已满或为只读；账户未作任何更改。</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+83"/>
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
        <location line="+19"/>
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>%1 中尚未初始化工作站。请使用以下命令进行初始化：casedeskctl init</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>请指定用于登录的账户：--user NAME。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the administrator&apos;s password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取系统管理员的密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a demonstration workstation instead.</source>
        <translation>改为初始化演示工作站。</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>已在 %1 中初始化工作站，系统管理员为 %2。</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>UserCommand</name>
    <message>
        <location filename="../app/ctl/UserCommand.cpp" line="+9"/>
        <source>Manages the workstation&apos;s accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again

Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>管理本工作站的账户。

操作：
  list                    列出所有账户
  add NAME --role ROLE    添加账户；其密码为标准输入的第二行
  passwd NAME             设置新密码，从标准输入的第二行读取
  disable NAME            停用账户，使其无法登录
  enable NAME             启用已停用的账户，使其可以重新登录

角色：clerk、hearing-secretary、supervisor、administrator。</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+10"/>
        <source>Only an administrator may list the accounts.</source>
        <translation>只有系统管理员可以列出账户。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>WorkstationSettings</name>
    <message>
        <location filename="../modules/store/WorkstationSettings.cpp" line="+31"/>
        <source>Only an administrator may change the workstation&apos;s settings.</source>
        <translation>只有系统管理员可以修改工作站设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>锁定时间必须在 0（从不锁定）至 %1 分钟之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The setting could not be saved. The disk may be full or read-only.</source>
        <translation>无法保存设置。磁盘可能已满或为只读。</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+23"/>
        <source>The desk was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>因 %n 分钟无操作，工作台已锁定。</numerusform>
        </translation>
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
        <location filename="../app/desk/MainWindow.cpp" line="+27"/>
        <source>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供案件列表和查询功能，暂时无法在此查看案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供案件受理功能，暂时无法在此受理申请。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+22"/>
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
        <location line="+23"/>
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
        <location filename="../app/desk/UsersPage.cpp" line="+31"/>
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
        <location line="+15"/>
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
    <name>main</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="+25"/>
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
        <location line="+42"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;casedeskctl --help&apos; for the commands.</source>
        <translation>运行“casedeskctl --help”查看可用命令。</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+45"/>
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
        <location line="+7"/>
        <location line="+13"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This workstation is not set up yet. An administrator sets it up with:

casedeskctl init --data-dir %1 --admin NAME --password-stdin</source>
        <translation>本工作站尚未初始化。请系统管理员使用以下命令进行初始化：

casedeskctl init --data-dir %1 --admin NAME --password-stdin</translation>
    </message>
</context>
</TS>
