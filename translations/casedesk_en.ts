<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdministrationCommand</name>
    <message>
        <location filename="../app/ctl/AdministrationCommand.cpp" line="+30" />
        <source>Check the database, the audit journal and the schema</source>
        <translation>Check the database, the audit journal and the schema</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re-encrypt the database with a new key</source>
        <translation>Re-encrypt the database with a new key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write a consistent encrypted copy of the database</source>
        <translation>Write a consistent encrypted copy of the database</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Checks the database file page by page, recomputes the audit journal's hash chain and compares the schema version with this program's. Exits with 5 and names the first broken audit row when something is wrong.</source>
        <translation>Checks the database file page by page, recomputes the audit journal's hash chain and compares the schema version with this program's. Exits with 5 and names the first broken audit row when something is wrong.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Makes a new random database key, re-encrypts the database with it and reseals it to every account's key slot. Passwords stay as they are.</source>
        <translation>Makes a new random database key, re-encrypts the database with it and reseals it to every account's key slot. Passwords stay as they are.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</source>
        <translation>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Where to write the backup.</source>
        <translation>Where to write the backup.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name the one file to write the backup to.</source>
        <translation>Name the one file to write the backup to.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The database is encrypted with a new key. Backups taken before now still open with their own key files.</source>
        <translation>The database is encrypted with a new key. Backups taken before now still open with their own key files.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Audit journal: %n row(s)</source>
        <translation>
            <numerusform>Audit journal: %n row</numerusform>
            <numerusform>Audit journal: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, chain intact</source>
        <translation>, chain intact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, chain broken at row %1</source>
        <translation>, chain broken at row %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: %1 (this program knows %2)</source>
        <translation>Schema version: %1 (this program knows %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</source>
        <translation>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verification passed.</source>
        <translation>Verification passed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Backup written to %1 and its key file to %1.keys.</source>
        <translation>Backup written to %1 and its key file to %1.keys.</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../modules/store/AuditJournal.cpp" line="+82" />
        <location line="+31" />
        <source>writing the audit journal</source>
        <translation>writing the audit journal</translation>
    </message>
    <message>
        <location line="+11" />
        <source>checking the audit journal</source>
        <translation>checking the audit journal</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../modules/store/ChangeJournal.cpp" line="+91" />
        <source>writing the change journal</source>
        <translation>writing the change journal</translation>
    </message>
    <message>
        <location line="+48" />
        <source>reading the change journal</source>
        <translation>reading the change journal</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+85" />
        <source>The workstation's data folder (default: %1).</source>
        <translation>The workstation's data folder (default: %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign in as &lt;name&gt;.</source>
        <translation>Sign in as &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</source>
        <translation>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Usage: casedeskctl %1</source>
        <translation>Usage: casedeskctl %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>No workstation is set up in %1. Set one up with: casedeskctl init</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>Name the account to sign in with: --user NAME.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+18" />
        <source>A password was expected on standard input and none came.</source>
        <translation>A password was expected on standard input and none came.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Run 'casedeskctl %1 --help' for how to use it.</source>
        <translation>Run 'casedeskctl %1 --help' for how to use it.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../modules/store/DataDirectory.cpp" line="+34" />
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</source>
        <translation>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</source>
        <translation>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../modules/store/Database.cpp" line="+56" />
        <source>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</source>
        <translation>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A database already exists at %1. Nothing was changed.</source>
        <translation>A database already exists at %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation's own database from a backup.</source>
        <translation>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation's own database from a backup.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</source>
        <translation>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>opening the database</source>
        <translation>opening the database</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database driver did not start. Reinstall CaseDesk.</source>
        <translation>The database driver did not start. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</source>
        <translation>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+150" />
        <source>The database key could not be prepared: the computer is short of locked memory.</source>
        <translation>The database key could not be prepared: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="-146" />
        <source>applying the database key</source>
        <translation>applying the database key</translation>
    </message>
    <message>
        <location line="+16" />
        <source>reading the database</source>
        <translation>reading the database</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</source>
        <translation>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</source>
        <translation>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>changing the database</source>
        <translation>changing the database</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation's data, then try again.</source>
        <translation>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation's data, then try again.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</source>
        <translation>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</source>
        <translation>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The disk reported an error while %1. Nothing was saved; check the disk and try again.</source>
        <translation>The disk reported an error while %1. Nothing was saved; check the disk and try again.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database refused the change while %1. Nothing was saved.</source>
        <translation>The database refused the change while %1. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>re-encrypting the database</source>
        <translation>re-encrypting the database</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 already exists. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The backup file %1 could not be created. Check the folder and the free space.</source>
        <translation>The backup file %1 could not be created. Check the folder and the free space.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>creating the backup file</source>
        <translation>creating the backup file</translation>
    </message>
    <message>
        <location line="+16" />
        <source>writing the backup</source>
        <translation>writing the backup</translation>
    </message>
    <message>
        <location line="+10" />
        <source>checking the database</source>
        <translation>checking the database</translation>
    </message>
    <message>
        <location line="+24" />
        <source>starting a change</source>
        <translation>starting a change</translation>
    </message>
    <message>
        <location line="+13" />
        <source>saving the change</source>
        <translation>saving the change</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/ctl/InitCommand.cpp" line="+33" />
        <source>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</source>
        <translation>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The first administrator's user name.</source>
        <translation>The first administrator's user name.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Read the administrator's password from the first line of standard input.</source>
        <translation>Read the administrator's password from the first line of standard input.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set up a demonstration workstation instead.</source>
        <translation>Set up a demonstration workstation instead.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The office the workstation serves.</source>
        <translation>The office the workstation serves.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demonstration office</source>
        <translation>Demonstration office</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name the first administrator with --admin NAME, or use --demo.</source>
        <translation>Name the first administrator with --admin NAME, or use --demo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the administrator's password on standard input with --password-stdin.</source>
        <translation>Give the administrator's password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>A workstation is already set up in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>Workstation set up in %1 with administrator %2.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Demonstration workstation set up. These passwords are shown only now:</source>
        <translation>Demonstration workstation set up. These passwords are shown only now:</translation>
    </message>
    <message>
        <location filename="../app/ctl/InitCommand.h" line="+15" />
        <source>Set up a new workstation</source>
        <translation>Set up a new workstation</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../modules/store/crypto/KeySlotFile.cpp" line="+155" />
        <location line="+22" />
        <source>The encryption library could not start. Reinstall CaseDesk.</source>
        <translation>The encryption library could not start. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</source>
        <translation>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</source>
        <translation>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key slot file %1 could not be read. Check the data folder's permissions.</source>
        <translation>The key slot file %1 could not be read. Check the data folder's permissions.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</source>
        <translation>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>This user can already open the database on this workstation. Change the user's password instead.</source>
        <translation>This user can already open the database on this workstation. Change the user's password instead.</translation>
    </message>
    <message>
        <location line="+110" />
        <source>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</source>
        <translation>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</translation>
    </message>
    <message>
        <location line="+292" />
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+20" />
        <source>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</source>
        <translation>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</source>
        <translation>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The computer is short of memory for checking the password. Close other programs and try again.</source>
        <translation>The computer is short of memory for checking the password. Close other programs and try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database keys could not be handled. This is a fault in CaseDesk; please report it.</source>
        <translation>The database keys could not be handled. This is a fault in CaseDesk; please report it.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+58" />
        <source>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</source>
        <translation>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>A schema migration is missing from this program. Reinstall CaseDesk.</source>
        <translation>A schema migration is missing from this program. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+10" />
        <source>updating the database schema</source>
        <translation>updating the database schema</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../modules/core/PasswordPolicy.cpp" line="+26" />
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n characters long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password must not be only digits. Use a few words or mix letters and digits.</source>
        <translation>The password must not be only digits. Use a few words or mix letters and digits.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The password must not repeat a single character.</source>
        <translation>The password must not repeat a single character.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password must not contain the account name.</source>
        <translation>The password must not contain the account name.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../modules/store/SecretStore.cpp" line="+60" />
        <source>The keychain holds no credential for this workstation. Enrol the workstation again.</source>
        <translation>The keychain holds no credential for this workstation. Enrol the workstation again.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</source>
        <translation>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../modules/store/Statement.cpp" line="+54" />
        <source>preparing a change</source>
        <translation>preparing a change</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saving a change</source>
        <translation>saving a change</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../app/ctl/UserCommand.cpp" line="+27" />
        <source>The new account's role.</source>
        <translation>The new account's role.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list, add, passwd, disable or enable.</source>
        <translation>list, add, passwd, disable or enable.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The account the action is about.</source>
        <translation>The account the action is about.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Name an action: %1.</source>
        <translation>Name an action: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown action "%1".</source>
        <translation>Unknown action "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name exactly one account for '%1'.</source>
        <translation>Name exactly one account for '%1'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
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
        <translation>Manages the workstation's accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again, with a new password read from the second line of standard input

Roles: clerk, hearing-secretary, supervisor, administrator.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Give the new account a role with --role.</source>
        <translation>Give the new account a role with --role.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown role "%1". Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>Unknown role "%1". Roles: clerk, hearing-secretary, supervisor, administrator.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Password for the new account %1: </source>
        <translation>Password for the new account %1: </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Account %1 added as %2.</source>
        <translation>Account %1 added as %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+23" />
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="-15" />
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Account %1 is disabled.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account %1 is enabled.</source>
        <translation>Account %1 is enabled.</translation>
    </message>
    <message>
        <location filename="../app/ctl/UserCommand.h" line="+17" />
        <source>List, add, disable and enable accounts; change passwords</source>
        <translation>List, add, disable and enable accounts; change passwords</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../modules/store/UserRepository.cpp" line="+49" />
        <source>adding the account</source>
        <translation>adding the account</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+13" />
        <source>reading the accounts</source>
        <translation>reading the accounts</translation>
    </message>
    <message>
        <location line="+19" />
        <source>changing the account</source>
        <translation>changing the account</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../modules/store/Workstation.cpp" line="+46" />
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>A workstation is already set up in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the name of the office.</source>
        <translation>Enter the name of the office.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database key could not be made: the computer is short of locked memory.</source>
        <translation>The database key could not be made: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>setting up the workstation</source>
        <translation>setting up the workstation</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</source>
        <translation>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</source>
        <translation>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>reading the device record</source>
        <translation>reading the device record</translation>
    </message>
    <message>
        <location line="+16" />
        <source>starting a new device epoch</source>
        <translation>starting a new device epoch</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Only an administrator may change other people's accounts.</source>
        <translation>Only an administrator may change other people's accounts.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There is no account named %1.</source>
        <translation>There is no account named %1.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>An account named %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The account %1 is disabled. Enable it with a new password instead.</source>
        <translation>The account %1 is disabled. Enable it with a new password instead.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>You cannot disable your own account. Ask another administrator.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The account %1 is not disabled.</source>
        <translation>The account %1 is not disabled.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>A new database key could not be made: the computer is short of locked memory.</source>
        <translation>A new database key could not be made: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 already exists. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</source>
        <translation>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Only an administrator may change the workstation's settings.</source>
        <translation>Only an administrator may change the workstation's settings.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>The lock time must be between 0 (never) and %1 minutes.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>saving the setting</source>
        <translation>saving the setting</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+18" />
        <source>The desk was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>The desk was locked after %n minute without use.</numerusform>
            <numerusform>The desk was locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::LoginDialog</name>
    <message>
        <location filename="../app/desk/LoginDialog.cpp" line="+26" />
        <source>CaseDesk — Sign in</source>
        <translation>CaseDesk — Sign in</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CaseDesk — Locked</source>
        <translation>CaseDesk — Locked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in to CaseDesk</source>
        <translation>Sign in to CaseDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This workstation is locked</source>
        <translation>This workstation is locked</translation>
    </message>
    <message>
        <location line="+12" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../app/desk/MainWindow.cpp" line="+27" />
        <source>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</source>
        <translation>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</source>
        <translation>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</source>
        <translation>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</source>
        <translation>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The supervisor's dashboard is not part of this version of CaseDesk yet.</source>
        <translation>The supervisor's dashboard is not part of this version of CaseDesk yet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This workstation is locked. Enter your password to continue.</source>
        <translation>This workstation is locked. Enter your password to continue.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <location line="+23" />
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CaseDesk %1
Case intake, hearings and approvals for government service counters.</source>
        <translation>CaseDesk %1
Case intake, hearings and approvals for government service counters.</translation>
    </message>
</context>
<context>
    <name>casedesk::Role</name>
    <message>
        <location filename="../modules/core/Role.cpp" line="+42" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hearing secretary</source>
        <translation>Hearing secretary</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>casedesk::SetUpDialog</name>
    <message>
        <location filename="../app/desk/SetUpDialog.cpp" line="+22" />
        <source>CaseDesk — Set up this workstation</source>
        <translation>CaseDesk — Set up this workstation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</source>
        <translation>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator's &amp;user name:</source>
        <translation>Administrator's &amp;user name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Set up the workstation</source>
        <translation>&amp;Set up the workstation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set up this workstation</source>
        <translation>Set up this workstation</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <location filename="../app/desk/SettingsPage.cpp" line="+45" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-23" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock the desk after:</source>
        <translation>&amp;Lock the desk after:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>casedesk::UsersPage</name>
    <message>
        <location filename="../app/desk/UsersPage.cpp" line="+32" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Accounts are added, disabled and given new passwords with the administrator's command line: casedeskctl user --help.</source>
        <translation>Accounts are added, disabled and given new passwords with the administrator's command line: casedeskctl user --help.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked after wrong passwords</source>
        <translation>Locked after wrong passwords</translation>
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
        <translation>Usage: casedeskctl COMMAND [options]

The administrator's command line for a CaseDesk workstation.

Commands:
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>
Run 'casedeskctl COMMAND --help' for a command's options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</source>
        <translation>
Run 'casedeskctl COMMAND --help' for a command's options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run 'casedeskctl --help' for the commands.</source>
        <translation>Run 'casedeskctl --help' for the commands.</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+46" />
        <source>CaseDesk: case intake, hearings and approvals at the service counter.</source>
        <translation>CaseDesk: case intake, hearings and approvals at the service counter.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use the workstation data in &lt;folder&gt;.</source>
        <translation>Use the workstation data in &lt;folder&gt;.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the desk in &lt;language&gt;: en or zh_CN.</source>
        <translation>Show the desk in &lt;language&gt;: en or zh_CN.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+10" />
        <source>CaseDesk does not speak "%1". Choose one of: %2.</source>
        <translation>CaseDesk does not speak "%1". Choose one of: %2.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</source>
        <translation>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</translation>
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
        <translation>CaseDesk is already open on this workstation's data. Switch to that window.</translation>
    </message>
</context>
</TS>
