<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountBook</name>
    <message>
        <location filename="../modules/store/AccountBook.cpp" line="+78"/>
        <source>The account file could not be read. Check the data folder&apos;s permissions.</source>
        <translation>The account file could not be read. Check the data folder&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>The account file %1 is damaged. Restore it from a backup.</source>
        <translation>The account file %1 is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is locked after too many wrong passwords. Try again at %1 or ask an administrator.</source>
        <translation>This account is locked after too many wrong passwords. Try again at %1 or ask an administrator.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This workstation is already set up. Sign in as an administrator to add accounts.</source>
        <translation>This workstation is already set up. Sign in as an administrator to add accounts.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>There is no account named %1.</source>
        <translation>There is no account named %1.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+95"/>
        <source>The password could not be stored: the computer is short of memory. Close other programs and try again.</source>
        <translation>The password could not be stored: the computer is short of memory. Close other programs and try again.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>You cannot disable your own account. Ask another administrator.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The password library could not start. Reinstall CaseDesk.</source>
        <translation>The password library could not start. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>An account named %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only an administrator may change other people&apos;s accounts.</source>
        <translation>Only an administrator may change other people&apos;s accounts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The change to the accounts could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>The change to the accounts could not be saved. The disk may be full or read-only; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+83"/>
        <source>The workstation&apos;s data folder (default: %1).</source>
        <translation>The workstation&apos;s data folder (default: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in as &lt;name&gt;.</source>
        <translation>Sign in as &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</source>
        <translation>Read the password from the first line of standard input. Passwords are never taken from the command line or the environment.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: casedeskctl %1</source>
        <translation>Usage: casedeskctl %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>No workstation is set up in %1. Set one up with: casedeskctl init</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>Name the account to sign in with: --user NAME.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A password was expected on standard input and none came.</source>
        <translation>A password was expected on standard input and none came.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run &apos;casedeskctl %1 --help&apos; for how to use it.</source>
        <translation>Run &apos;casedeskctl %1 --help&apos; for how to use it.</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <location filename="../modules/store/DataDirectory.cpp" line="+34"/>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</source>
        <translation>The data folder %1 could not be created. Check that the parent folder exists and that you may write to it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</source>
        <translation>Access to the data folder %1 could not be restricted to you. Check who owns the folder.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/ctl/InitCommand.cpp" line="+33"/>
        <source>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</source>
        <translation>Sets up a new workstation in the data folder: its first administrator, whose password is read from standard input. With --demo, sets up a demonstration workstation with one account per role and prints their passwords once.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first administrator&apos;s user name.</source>
        <translation>The first administrator&apos;s user name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the administrator&apos;s password from the first line of standard input.</source>
        <translation>Read the administrator&apos;s password from the first line of standard input.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a demonstration workstation instead.</source>
        <translation>Set up a demonstration workstation instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the first administrator with --admin NAME, or use --demo.</source>
        <translation>Name the first administrator with --admin NAME, or use --demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the administrator&apos;s password on standard input with --password-stdin.</source>
        <translation>Give the administrator&apos;s password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>A workstation is already set up in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>Workstation set up in %1 with administrator %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Demonstration workstation set up. These passwords are shown only now:</source>
        <translation>Demonstration workstation set up. These passwords are shown only now:</translation>
    </message>
    <message>
        <location filename="../app/ctl/InitCommand.h" line="+15"/>
        <source>Set up a new workstation</source>
        <translation>Set up a new workstation</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../modules/core/PasswordPolicy.cpp" line="+26"/>
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n characters long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must not be only digits. Use a few words or mix letters and digits.</source>
        <translation>The password must not be only digits. Use a few words or mix letters and digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not repeat a single character.</source>
        <translation>The password must not repeat a single character.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must not contain the account name.</source>
        <translation>The password must not contain the account name.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../modules/store/SecretStore.cpp" line="+60"/>
        <source>The keychain holds no credential for this workstation. Enrol the workstation again.</source>
        <translation>The keychain holds no credential for this workstation. Enrol the workstation again.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</source>
        <translation>The system keychain is not available. Sign in to the desktop session so the keychain is unlocked, then try again.</translation>
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
        <translation>Manages the workstation&apos;s accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again

Roles: clerk, hearing-secretary, supervisor, administrator.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new account&apos;s role.</source>
        <translation>The new account&apos;s role.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list, add, passwd, disable or enable.</source>
        <translation>list, add, passwd, disable or enable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account the action is about.</source>
        <translation>The account the action is about.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name an action: %1.</source>
        <translation>Name an action: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unknown action &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name exactly one account for &apos;%1&apos;.</source>
        <translation>Name exactly one account for &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an administrator may list the accounts.</source>
        <translation>Only an administrator may list the accounts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the new account a role with --role.</source>
        <translation>Give the new account a role with --role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role &quot;%1&quot;. Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>Unknown role &quot;%1&quot;. Roles: clerk, hearing-secretary, supervisor, administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password for the new account %1: </source>
        <translation>Password for the new account %1: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account %1 added as %2.</source>
        <translation>Account %1 added as %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 is disabled.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 is enabled.</source>
        <translation>Account %1 is enabled.</translation>
    </message>
    <message>
        <location filename="../app/ctl/UserCommand.h" line="+17"/>
        <source>List, add, disable and enable accounts; change passwords</source>
        <translation>List, add, disable and enable accounts; change passwords</translation>
    </message>
</context>
<context>
    <name>WorkstationSettings</name>
    <message>
        <location filename="../modules/store/WorkstationSettings.cpp" line="+31"/>
        <source>Only an administrator may change the workstation&apos;s settings.</source>
        <translation>Only an administrator may change the workstation&apos;s settings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>The lock time must be between 0 (never) and %1 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The setting could not be saved. The disk may be full or read-only.</source>
        <translation>The setting could not be saved. The disk may be full or read-only.</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+23"/>
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
        <location filename="../app/desk/LoginDialog.cpp" line="+26"/>
        <source>CaseDesk — Sign in</source>
        <translation>CaseDesk — Sign in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CaseDesk — Locked</source>
        <translation>CaseDesk — Locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to CaseDesk</source>
        <translation>Sign in to CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation is locked</source>
        <translation>This workstation is locked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../app/desk/MainWindow.cpp" line="+27"/>
        <source>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</source>
        <translation>The case list and search are not part of this version of CaseDesk yet. Cases cannot be viewed here for now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</source>
        <translation>Case intake is not part of this version of CaseDesk yet. Applications cannot be taken in here for now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</source>
        <translation>Hearing records are not part of this version of CaseDesk yet. Testimony cannot be recorded here for now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</source>
        <translation>Batch approvals are not part of this version of CaseDesk yet. Cases cannot be approved here for now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The supervisor&apos;s dashboard is not part of this version of CaseDesk yet.</source>
        <translation>The supervisor&apos;s dashboard is not part of this version of CaseDesk yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation is locked. Enter your password to continue.</source>
        <translation>This workstation is locked. Enter your password to continue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk %1
Case intake, hearings and approvals for government service counters.</source>
        <translation>CaseDesk %1
Case intake, hearings and approvals for government service counters.</translation>
    </message>
</context>
<context>
    <name>casedesk::Role</name>
    <message>
        <location filename="../modules/core/Role.cpp" line="+42"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing secretary</source>
        <translation>Hearing secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsPage</name>
    <message>
        <location filename="../app/desk/SettingsPage.cpp" line="+45"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-23"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lock the desk after:</source>
        <translation>&amp;Lock the desk after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>casedesk::UsersPage</name>
    <message>
        <location filename="../app/desk/UsersPage.cpp" line="+31"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Accounts are added, disabled and given new passwords with the administrator&apos;s command line: casedeskctl user --help.</source>
        <translation>Accounts are added, disabled and given new passwords with the administrator&apos;s command line: casedeskctl user --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after wrong passwords</source>
        <translation>Locked after wrong passwords</translation>
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
        <translation>Usage: casedeskctl COMMAND [options]

The administrator&apos;s command line for a CaseDesk workstation.

Commands:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Run &apos;casedeskctl COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</source>
        <translation>
Run &apos;casedeskctl COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success, 1 the operation failed, 2 wrong command line, 3 wrong password or account locked, 4 not allowed for this role, 5 damaged data.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;casedeskctl --help&apos; for the commands.</source>
        <translation>Run &apos;casedeskctl --help&apos; for the commands.</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+45"/>
        <source>CaseDesk: case intake, hearings and approvals at the service counter.</source>
        <translation>CaseDesk: case intake, hearings and approvals at the service counter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the workstation data in &lt;folder&gt;.</source>
        <translation>Use the workstation data in &lt;folder&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the desk in &lt;language&gt;: en or zh_CN.</source>
        <translation>Show the desk in &lt;language&gt;: en or zh_CN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CaseDesk does not speak &quot;%1&quot;. Choose one of: %2.</source>
        <translation>CaseDesk does not speak &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</source>
        <translation>CaseDesk needs a graphical display and found none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or on a machine without a screen run it under a virtual display: xvfb-run -a casedesk</translation>
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
        <translation>This workstation is not set up yet. An administrator sets it up with:

casedeskctl init --data-dir %1 --admin NAME --password-stdin</translation>
    </message>
</context>
</TS>
