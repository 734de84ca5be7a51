<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdministrationCommand</name>
    <message>
        <location filename="../app/ctl/AdministrationCommand.cpp" line="+30" />
        <source>Check the database, the audit journal and the schema</source>
        <translation>校验数据库、审计日志和数据结构</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re-encrypt the database with a new key</source>
        <translation>使用新密钥重新加密数据库</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a consistent encrypted copy of the database</source>
        <translation>写入数据库的一致性加密副本</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Checks the database file page by page, recomputes the audit journal's hash chain and compares the schema version with this program's. Exits with 5 and names the first broken audit row when something is wrong.</source>
        <translation>逐页校验数据库文件，重新计算审计日志的哈希链，并将数据结构版本与本程序的版本进行比对。发现问题时以退出码 5 退出，并指出第一条损坏的审计记录。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Makes a new random database key, re-encrypts the database with it and reseals it to every account's key slot. Passwords stay as they are.</source>
        <translation>生成新的随机数据库密钥，用其重新加密数据库，并重新封装到每个账户的密钥槽中。各账户密码保持不变。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</source>
        <translation>将数据库的一致性加密副本写入 FILE，并将密钥文件写入 FILE.keys，即使工作站正在使用中也可执行。请将两者一并保存：以 casedesk.db 和 casedesk.keys 的名称并排恢复后，可使用备份时的密码打开。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Where to write the backup.</source>
        <translation>备份的写入位置。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name the one file to write the backup to.</source>
        <translation>请指定唯一一个用于写入备份的文件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected argument "%1".</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin 通过标准输入提供密码。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database is encrypted with a new key. Backups taken before now still open with their own key files.</source>
        <translation>数据库已使用新密钥加密。此前生成的备份仍可使用各自的密钥文件打开。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Database file: %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Audit journal: %n row(s)</source>
        <translation>
            <numerusform>审计日志：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, chain intact</source>
        <translation>，哈希链完整</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, chain broken at row %1</source>
        <translation>，哈希链在第 %1 行断开</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: %1 (this program knows %2)</source>
        <translation>数据结构版本：%1（本程序支持 %2）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</source>
        <translation>校验未通过。请从损坏发生之前生成的备份中恢复工作站，并保留此副本以备调查。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verification passed.</source>
        <translation>校验通过。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Backup written to %1 and its key file to %1.keys.</source>
        <translation>备份已写入 %1，其密钥文件已写入 %1.keys。</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../modules/store/AuditJournal.cpp" line="+82" />
        <location line="+31" />
        <source>writing the audit journal</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <location line="+11" />
        <source>checking the audit journal</source>
        <translation>校验审计日志</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../modules/store/ChangeJournal.cpp" line="+91" />
        <source>writing the change journal</source>
        <translation>写入变更日志</translation>
    </message>
    <message>
        <location line="+48" />
        <source>reading the change journal</source>
        <translation>读取变更日志</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+85" />
        <source>The workstation's data folder (default: %1).</source>
        <translation>工作站的数据文件夹（默认：%1）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign in as &lt;name&gt;.</source>
        <translation>以 &lt;用户名&gt; 的身份登录。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</source>
        <translation>从标准输入的第一行读取密码。密码不会从命令行或环境变量中读取。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Usage: casedeskctl %1</source>
        <translation>用法：casedeskctl %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>%1 中尚未初始化工作站。请使用以下命令进行初始化：casedeskctl init</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>请指定用于登录的账户：--user NAME。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A password was expected on standard input and none came.</source>
        <translation>应从标准输入读取密码，但未收到任何输入。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Run 'casedeskctl %1 --help' for how to use it.</source>
        <translation>运行“casedeskctl %1 --help”查看使用方法。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../modules/store/DataDirectory.cpp" line="+34" />
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>数据文件夹 %1 是一个文件，而不是文件夹。请使用 --data-dir 指定其他文件夹。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</source>
        <translation>无法创建数据文件夹 %1。请检查上级文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</source>
        <translation>无法将数据文件夹 %1 的访问权限限定为仅您本人可用。请检查该文件夹的所有者。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../modules/store/Database.cpp" line="+56" />
        <source>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</source>
        <translation>数据库文件 %1 缺失。请从备份中恢复，或重新设置工作站。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A database already exists at %1. Nothing was changed.</source>
        <translation>%1 处已存在数据库。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation's own database from a backup.</source>
        <translation>数据库文件 %1 未加密。CaseDesk 拒绝使用该文件；请从备份中恢复本工作站自己的数据库。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</source>
        <translation>无法创建数据库文件 %1。请检查数据文件夹是否属于您，以及磁盘是否有剩余空间。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>opening the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database driver did not start. Reinstall CaseDesk.</source>
        <translation>数据库驱动程序未能启动。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</source>
        <translation>数据库写入时未加密。为避免个人数据在无保护状态下存储，CaseDesk 已停止运行。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+150" />
        <source>The database key could not be prepared: the computer is short of locked memory.</source>
        <translation>无法准备数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="-146" />
        <source>applying the database key</source>
        <translation>应用数据库密钥</translation>
    </message>
    <message>
        <location line="+16" />
        <source>reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</source>
        <translation>当前使用的数据库库不支持加密。没有 SQLCipher，CaseDesk 拒绝运行；请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</source>
        <translation>无法将数据库切换为预写日志模式。请确认数据文件夹位于本地磁盘上。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>changing the database</source>
        <translation>更改数据库</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation's data, then try again.</source>
        <translation>数据库正被其他程序使用。请关闭正在处理本工作站数据的其他 CaseDesk 窗口或工具，然后重试。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放部分空间后重试。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏或在 CaseDesk 之外被修改（完整性校验未通过）。请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</source>
        <translation>无法以写入方式打开数据库文件 %1。请确认数据文件夹归您所有且不是只读的。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The disk reported an error while %1. Nothing was saved; check the disk and try again.</source>
        <translation>磁盘在%1时报告错误。未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database refused the change while %1. Nothing was saved.</source>
        <translation>数据库在%1时拒绝了更改。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>re-encrypting the database</source>
        <translation>重新加密数据库</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选一个文件名。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup file %1 could not be created. Check the folder and the free space.</source>
        <translation>无法创建备份文件 %1。请检查文件夹和可用空间。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>creating the backup file</source>
        <translation>创建备份文件</translation>
    </message>
    <message>
        <location line="+16" />
        <source>writing the backup</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <location line="+10" />
        <source>checking the database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <location line="+24" />
        <source>starting a change</source>
        <translation>开始更改</translation>
    </message>
    <message>
        <location line="+13" />
        <source>saving the change</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/ctl/InitCommand.cpp" line="+33" />
        <source>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</source>
        <translation>在数据文件夹中初始化新的工作站，并创建第一个系统管理员，其密码从标准输入读取。使用 --demo 时，将初始化一个演示工作站，为每种角色各创建一个账户，并一次性显示这些账户的密码。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The first administrator's user name.</source>
        <translation>第一个系统管理员的用户名。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Read the administrator's password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取系统管理员的密码。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set up a demonstration workstation instead.</source>
        <translation>改为初始化演示工作站。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The office the workstation serves.</source>
        <translation>本工作站所服务的办公机构。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demonstration office</source>
        <translation>演示办公机构</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name the first administrator with --admin NAME, or use --demo.</source>
        <translation>请使用 --admin NAME 指定第一个系统管理员，或使用 --demo。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the administrator's password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin，通过标准输入提供系统管理员的密码。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>%1 中已初始化工作站。未作任何更改。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>已在 %1 中初始化工作站，系统管理员为 %2。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Demonstration workstation set up. These passwords are shown only now:</source>
        <translation>演示工作站已初始化。以下密码仅显示这一次：</translation>
    </message>
    <message>
        <location filename="../app/ctl/InitCommand.h" line="+15" />
        <source>Set up a new workstation</source>
        <translation>设置新的工作站</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../modules/store/crypto/KeySlotFile.cpp" line="+155" />
        <location line="+22" />
        <source>The encryption library could not start. Reinstall CaseDesk.</source>
        <translation>加密库未能启动。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="-18" />
        <source>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</source>
        <translation>%1 处已存在密钥文件。再次设置工作站将导致其对应的数据库无法读取；如确需重新设置，请先将旧文件移走。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</source>
        <translation>密钥文件 %1 缺失，因此无法打开数据库。请从与数据库一同生成的备份中恢复该文件，或重新设置工作站。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key slot file %1 could not be read. Check the data folder's permissions.</source>
        <translation>无法读取密钥文件 %1。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</source>
        <translation>密钥文件 %1 由更新版本的 CaseDesk 写入。请更新本工作站上的 CaseDesk。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>This user can already open the database on this workstation. Change the user's password instead.</source>
        <translation>该用户已能在本工作站上打开数据库。请改为更改该用户的密码。</translation>
    </message>
    <message>
        <location line="+110" />
        <source>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</source>
        <translation>该用户是最后一个能够打开数据库的用户；删除后将无人能够打开数据库。请先添加其他用户。</translation>
    </message>
    <message>
        <location line="+292" />
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+20" />
        <source>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>无法保存密钥文件。磁盘可能已满或为只读；未做任何更改。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</source>
        <translation>密钥文件 %1 已损坏，不可信任。请从与数据库一同生成的备份中恢复该文件。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>由于密码错误次数过多，此账户已被锁定至 %1。请届时重试，或联系系统管理员解锁。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>用户名或密码错误。请检查键盘布局和大写锁定键，然后重试。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</source>
        <translation>该用户无法在本工作站上打开数据库：没有该用户的密钥。请联系系统管理员重新添加该用户。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The computer is short of memory for checking the password. Close other programs and try again.</source>
        <translation>计算机内存不足，无法校验密码。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database keys could not be handled. This is a fault in CaseDesk; please report it.</source>
        <translation>无法处理数据库密钥。这是 CaseDesk 的程序故障，请报告此问题。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+58" />
        <source>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</source>
        <translation>此数据库由更新版本的 CaseDesk 写入（数据结构版本 %1；本程序最高支持 %2）。请安装更新的版本。未做任何更改。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A schema migration is missing from this program. Reinstall CaseDesk.</source>
        <translation>本程序缺少一项数据结构迁移。请重新安装 CaseDesk。</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+10" />
        <source>updating the database schema</source>
        <translation>更新数据库结构</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../modules/core/PasswordPolicy.cpp" line="+26" />
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>密码长度不能少于 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password must not be only digits. Use a few words or mix letters and digits.</source>
        <translation>密码不能全部为数字。请使用几个单词，或将字母与数字混合使用。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The password must not repeat a single character.</source>
        <translation>密码不能由同一个字符重复组成。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password must not contain the account name.</source>
        <translation>密码不能包含账户名称。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../modules/store/SecretStore.cpp" line="+60" />
        <source>The keychain holds no credential for this workstation. Enrol the workstation again.</source>
        <translation>系统密钥环中没有本工作站的凭据。请重新登记本工作站。</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</source>
        <translation>系统密钥环不可用。请先登录桌面会话以解锁系统密钥环，然后重试。</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../modules/store/Statement.cpp" line="+54" />
        <source>preparing a change</source>
        <translation>准备更改</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saving a change</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../app/ctl/UserCommand.cpp" line="+27" />
        <source>The new account's role.</source>
        <translation>新账户的角色。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list, add, passwd, disable or enable.</source>
        <translation>list、add、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The account the action is about.</source>
        <translation>操作所针对的账户。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Name an action: %1.</source>
        <translation>请指定一项操作：%1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown action "%1".</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name exactly one account for '%1'.</source>
        <translation>“%1”操作须指定且仅指定一个账户。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>请使用 --password-stdin，通过标准输入提供您的密码。</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Manages the workstation's accounts.

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
        <location line="+74" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Give the new account a role with --role.</source>
        <translation>请使用 --role 为新账户指定角色。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown role "%1". Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>未知角色“%1”。可用角色：clerk、hearing-secretary、supervisor、administrator。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Password for the new account %1: </source>
        <translation>新账户 %1 的密码：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Account %1 added as %2.</source>
        <translation>已添加账户 %1，角色为%2。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+23" />
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location line="-15" />
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account %1 is enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <location filename="../app/ctl/UserCommand.h" line="+17" />
        <source>List, add, disable and enable accounts; change passwords</source>
        <translation>列出、添加、停用和启用账户；修改密码</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../modules/store/UserRepository.cpp" line="+49" />
        <source>adding the account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+13" />
        <source>reading the accounts</source>
        <translation>读取账户</translation>
    </message>
    <message>
        <location line="+19" />
        <source>changing the account</source>
        <translation>更改账户</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../modules/store/Workstation.cpp" line="+46" />
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>用户名由 2 至 32 个字母、数字、点、连字符或下划线组成，不能包含空格。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>%1 中已设置过工作站。未做任何更改。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the name of the office.</source>
        <translation>请输入办公机构名称。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database key could not be made: the computer is short of locked memory.</source>
        <translation>无法生成数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>setting up the workstation</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</source>
        <translation>您的密钥槽对应的数据库与当前使用的数据库不同。密钥文件 %1 不属于此数据库；请从同一份备份中恢复两者。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</source>
        <translation>密钥文件 %1 中含有数据库无法识别的账户的密钥槽。请从同一份备份中恢复密钥文件和数据库。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>此账户已停用。请联系系统管理员启用。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>reading the device record</source>
        <translation>读取设备记录</translation>
    </message>
    <message>
        <location line="+16" />
        <source>starting a new device epoch</source>
        <translation>开始新的设备周期</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only an administrator may change other people's accounts.</source>
        <translation>只有系统管理员可以更改他人的账户。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only an administrator may do this.</source>
        <translation>只有系统管理员可以执行此操作。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There is no account named %1.</source>
        <translation>不存在名为 %1 的账户。</translation>
    </message>
    <message>
        <location line="+42" />
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>已存在名为 %1 的账户。请另选一个名称。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The account %1 is disabled. Enable it with a new password instead.</source>
        <translation>账户 %1 已停用。请改为使用新密码启用该账户。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>您不能停用自己的账户。请联系其他系统管理员。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The account %1 is not disabled.</source>
        <translation>账户 %1 未被停用。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>A new database key could not be made: the computer is short of locked memory.</source>
        <translation>无法生成新的数据库密钥：计算机的锁定内存不足。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 已存在。请为备份另选一个文件名。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</source>
        <translation>无法将密钥文件复制到备份旁边。磁盘可能已满；未保留任何备份。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Only an administrator may change the workstation's settings.</source>
        <translation>只有系统管理员可以更改工作站设置。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>锁定时间必须介于 0（从不锁定）至 %1 分钟之间。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saving the setting</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+18" />
        <source>The desk was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>因 %n 分钟无操作，工作台已锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::LoginDialog</name>
    <message>
        <location filename="../app/desk/LoginDialog.cpp" line="+26" />
        <source>CaseDesk — Sign in</source>
        <translation>CaseDesk — 登录</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CaseDesk — Locked</source>
        <translation>CaseDesk — 已锁定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in to CaseDesk</source>
        <translation>登录 CaseDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This workstation is locked</source>
        <translation>本工作站已锁定</translation>
    </message>
    <message>
        <location line="+12" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../app/desk/MainWindow.cpp" line="+27" />
        <source>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供案件列表和查询功能，暂时无法在此查看案件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供案件受理功能，暂时无法在此受理申请。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供听证笔录功能，暂时无法在此记录陈述。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</source>
        <translation>当前版本的 CaseDesk 尚未提供批量审批功能，暂时无法在此审批案件。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The supervisor's dashboard is not part of this version of CaseDesk yet.</source>
        <translation>当前版本的 CaseDesk 尚未提供审批主管统计看板。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This workstation is locked. Enter your password to continue.</source>
        <translation>本工作站已锁定。请输入密码以继续。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Signed in as %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hearings</source>
        <translation>听证</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CaseDesk</source>
        <translation>关于 CaseDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>About CaseDesk</source>
        <translation>关于 CaseDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CaseDesk %1
Case intake, hearings and approvals for government service counters.</source>
        <translation>CaseDesk %1
面向政务服务窗口的案件受理、听证与审批系统。</translation>
    </message>
</context>
<context>
    <name>casedesk::Role</name>
    <message>
        <location filename="../modules/core/Role.cpp" line="+42" />
        <source>Clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hearing secretary</source>
        <translation>听证书记员</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>casedesk::SetUpDialog</name>
    <message>
        <location filename="../app/desk/SetUpDialog.cpp" line="+22" />
        <source>CaseDesk — Set up this workstation</source>
        <translation>CaseDesk — 设置本工作站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</source>
        <translation>本工作站尚无数据。请输入其所服务的办公机构和首位系统管理员，由该管理员再添加其他账户。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Office:</source>
        <translation>办公机构(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator's &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Set up the workstation</source>
        <translation>设置工作站(&amp;S)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set up this workstation</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <location filename="../app/desk/SettingsPage.cpp" line="+45" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-23" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lock after minutes without use</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock the desk after:</source>
        <translation>无操作锁定工作台时间(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>casedesk::UsersPage</name>
    <message>
        <location filename="../app/desk/UsersPage.cpp" line="+32" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Accounts are added, disabled and given new passwords with the administrator's command line: casedeskctl user --help.</source>
        <translation>添加账户、停用账户和设置新密码，请使用系统管理员命令行工具：casedeskctl user --help。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked after wrong passwords</source>
        <translation>因密码错误已锁定</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ctl/main.cpp" line="+26" />
        <source>Usage: casedeskctl COMMAND [options]

The administrator's command line for a CaseDesk workstation.

Commands:
</source>
        <translation>用法：casedeskctl COMMAND [options]

CaseDesk 工作站的系统管理员命令行工具。

命令：
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>
Run 'casedeskctl COMMAND --help' for a command's options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</source>
        <translation>
运行“casedeskctl COMMAND --help”查看各命令的选项。

退出码：0 成功，1 操作失败，2 命令行有误，3 密码错误或账户已锁定，4 当前角色无权执行，5 数据已损坏。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run 'casedeskctl --help' for the commands.</source>
        <translation>运行“casedeskctl --help”查看可用命令。</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+46" />
        <source>CaseDesk: case intake, hearings and approvals at the service counter.</source>
        <translation>CaseDesk：政务服务窗口的案件受理、听证与审批。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use the workstation data in &lt;folder&gt;.</source>
        <translation>使用 &lt;文件夹&gt; 中的工作站数据。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the desk in &lt;language&gt;: en or zh_CN.</source>
        <translation>以 &lt;语言&gt; 显示界面：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+10" />
        <source>CaseDesk does not speak "%1". Choose one of: %2.</source>
        <translation>CaseDesk 不支持语言“%1”。请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</source>
        <translation>CaseDesk 需要图形显示环境，但未检测到（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请在桌面会话中启动；如在无显示器的计算机上运行，请使用虚拟显示：xvfb-run -a casedesk</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+8" />
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CaseDesk is already open on this workstation's data. Switch to that window.</source>
        <translation>CaseDesk 已在使用本工作站的数据运行。请切换到该窗口。</translation>
    </message>
</context>
</TS>
