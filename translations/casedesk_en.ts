<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdministrationCommand</name>
    <message>
        <location filename="../app/ctl/AdministrationCommand.cpp" line="+30"/>
        <source>Check the database, the audit journal and the schema</source>
        <translation>Check the database, the audit journal and the schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypt the database with a new key</source>
        <translation>Re-encrypt the database with a new key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a consistent encrypted copy of the database</source>
        <translation>Write a consistent encrypted copy of the database</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checks the database file page by page, recomputes the audit journal&apos;s hash chain and compares the schema version with this program&apos;s. Exits with 5 and names the first broken audit row when something is wrong.</source>
        <translation>Checks the database file page by page, recomputes the audit journal&apos;s hash chain and compares the schema version with this program&apos;s. Exits with 5 and names the first broken audit row when something is wrong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes a new random database key, re-encrypts the database with it and reseals it to every account&apos;s key slot. Passwords stay as they are.</source>
        <translation>Makes a new random database key, re-encrypts the database with it and reseals it to every account&apos;s key slot. Passwords stay as they are.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</source>
        <translation>Writes a consistent encrypted copy of the database to FILE and the key file to FILE.keys, also while the desk is in use. Keep both together: restored side by side as casedesk.db and casedesk.keys, they open with the passwords of the time of the backup.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where to write the backup.</source>
        <translation>Where to write the backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name the one file to write the backup to.</source>
        <translation>Name the one file to write the backup to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is encrypted with a new key. Backups taken before now still open with their own key files.</source>
        <translation>The database is encrypted with a new key. Backups taken before now still open with their own key files.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Audit journal: %n row(s)</source>
        <translation>
            <numerusform>Audit journal: %n row</numerusform>
            <numerusform>Audit journal: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, chain intact</source>
        <translation>, chain intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, chain broken at row %1</source>
        <translation>, chain broken at row %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 (this program knows %2)</source>
        <translation>Schema version: %1 (this program knows %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</source>
        <translation>Verification FAILED. Restore the workstation from a backup taken before the damage, and keep this copy for investigation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification passed.</source>
        <translation>Verification passed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to %1 and its key file to %1.keys.</source>
        <translation>Backup written to %1 and its key file to %1.keys.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <location filename="../modules/intake/AttachmentStore.cpp" line="+81"/>
        <source>The file &quot;%1&quot; is empty. Scan or copy the document again.</source>
        <translation>The file &quot;%1&quot; is empty. Scan or copy the document again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &quot;%1&quot; is %2 MiB; this document may be at most %3 MiB. Scan it at a lower resolution or in black and white.</source>
        <translation>The file &quot;%1&quot; is %2 MiB; this document may be at most %3 MiB. Scan it at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file &quot;%1&quot; cannot be accepted for this document, which takes only these formats: %2.</source>
        <translation>The file &quot;%1&quot; cannot be accepted for this document, which takes only these formats: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+43"/>
        <source>keeping the document</source>
        <translation>keeping the document</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the document</source>
        <translation>reading the document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document is no longer kept on this workstation.</source>
        <translation>This document is no longer kept on this workstation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>looking for the document</source>
        <translation>looking for the document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>removing documents no case needs</source>
        <translation>removing documents no case needs</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <location filename="../modules/store/AuditJournal.cpp" line="+71"/>
        <location line="+31"/>
        <source>writing the audit journal</source>
        <translation>writing the audit journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>checking the audit journal</source>
        <translation>checking the audit journal</translation>
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
        <translation>Imports and exports cases as JSON lines, one case a line:
  {&quot;caseType&quot;: &quot;passport-application&quot;, &quot;fields&quot;: {...}, &quot;feeFen&quot;: 12000}
fields holds the form&apos;s answers by field id: text as strings, numbers and money (in fen) as numbers. feeFen may be left out for the case type&apos;s fee.

Actions:
  import FILE|-   check every line against its case type and take in the good ones as new cases, as the signed-in clerk. A bad line is reported with its number and what is wrong, and nothing of it is written; the other lines are still imported, and the command then exits with 1. With -, the lines follow the password on standard input.
  export [FILE|-] write the cases, oldest first, to FILE or standard output, in the shape import reads, plus each case&apos;s number, status and receivedAt, which import ignores. --status and --type choose which cases.

Case files hold personal data: an exported file is readable by its owner only.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>export: only cases with this status (received, checked, awaiting-approval, approved, rejected, closed).</source>
        <translation>export: only cases with this status (received, checked, awaiting-approval, approved, rejected, closed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: only cases of this case type.</source>
        <translation>export: only cases of this case type.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import or export.</source>
        <translation>import or export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to read or write; - for standard input or output.</source>
        <translation>The file to read or write; - for standard input or output.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name an action: import or export.</source>
        <translation>Name an action: import or export.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Unknown action &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name at most one file.</source>
        <translation>Name at most one file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the file to import, or - for standard input.</source>
        <translation>Name the file to import, or - for standard input.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--status and --type apply only to case export.</source>
        <translation>--status and --type apply only to case export.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown case type &quot;%1&quot;. Case types: %2.</source>
        <translation>Unknown case type &quot;%1&quot;. Case types: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a JSON object (%1 at character %2).</source>
        <translation>not a JSON object (%1 at character %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot;; a case line has caseType, fields and feeFen.</source>
        <translation>unknown key &quot;%1&quot;; a case line has caseType, fields and feeFen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>caseType is missing.</source>
        <translation>caseType is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown case type &quot;%1&quot;.</source>
        <translation>unknown case type &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields must be an object of the form&apos;s answers.</source>
        <translation>fields must be an object of the form&apos;s answers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feeFen must be a whole number of fen, 0 or more.</source>
        <translation>feeFen must be a whole number of fen, 0 or more.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2: warning: %3</source>
        <translation>%1: %2: warning: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only a clerk may import cases, since each becomes a case they took in.</source>
        <translation>Only a clerk may import cases, since each becomes a case they took in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Stopped at line %1 after importing %n case(s).</source>
        <translation>
            <numerusform>Stopped at line %1 after importing %n case.</numerusform>
            <numerusform>Stopped at line %1 after importing %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) not imported: %1. Correct them and import those lines again.</source>
        <translation>
            <numerusform>%n line not imported: %1. Correct it and import that line again.</numerusform>
            <numerusform>%n lines not imported: %1. Correct them and import those lines again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n case(s).</source>
        <translation>
            <numerusform>Exported %n case.</numerusform>
            <numerusform>Exported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CaseCommand.h" line="+25"/>
        <source>Import and export cases as JSON lines</source>
        <translation>Import and export cases as JSON lines</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../modules/intake/CaseRepository.cpp" line="+50"/>
        <source>giving the case a number</source>
        <translation>giving the case a number</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>looking up the applicant</source>
        <translation>looking up the applicant</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+39"/>
        <source>saving the applicant</source>
        <translation>saving the applicant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>indexing the case for search</source>
        <translation>indexing the case for search</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attaching the documents</source>
        <translation>attaching the documents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file &quot;%1&quot; is no longer kept on this workstation. Add it again.</source>
        <translation>The file &quot;%1&quot; is no longer kept on this workstation. Add it again.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Only a clerk may take in cases.</source>
        <translation>Only a clerk may take in cases.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case needs its type and the applicant&apos;s name and id number.</source>
        <translation>The case needs its type and the applicant&apos;s name and id number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fee cannot be negative.</source>
        <translation>A fee cannot be negative.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>saving the case</source>
        <translation>saving the case</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>reading the case</source>
        <translation>reading the case</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your role may not open cases.</source>
        <translation>Your role may not open cases.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>This case no longer exists on this workstation.</source>
        <translation>This case no longer exists on this workstation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>changing the case&apos;s status</source>
        <translation>changing the case&apos;s status</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your role may not read cases.</source>
        <translation>Your role may not read cases.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>reading the cases</source>
        <translation>reading the cases</translation>
    </message>
</context>
<context>
    <name>CaseStatusRules</name>
    <message>
        <location filename="../modules/core/CaseStatus.cpp" line="+49"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A case that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a supervisor may approve or reject a case.</source>
        <translation>Only a supervisor may approve or reject a case.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You took this case in yourself, so another supervisor must decide it.</source>
        <translation>You took this case in yourself, so another supervisor must decide it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your role may not move a case to &quot;%1&quot;.</source>
        <translation>Your role may not move a case to &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseTypeLoader</name>
    <message>
        <location filename="../modules/intake/CaseTypeLoader.cpp" line="+235"/>
        <source>key &quot;%1&quot;</source>
        <translation>key &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;%1&quot;</source>
        <translation>field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document &quot;%1&quot;</source>
        <translation>document &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, line %2, column %3: this is not valid JSON (%4).</source>
        <translation>%1, line %2, column %3: this is not valid JSON (%4).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the key &quot;%1&quot; is not part of the format.</source>
        <translation>the key &quot;%1&quot; is not part of the format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &quot;%1&quot; in &quot;%2&quot; is not part of the format.</source>
        <translation>the key &quot;%1&quot; in &quot;%2&quot; is not part of the format.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed here: %1.</source>
        <translation>Allowed here: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key &quot;%1&quot; is missing.</source>
        <translation>the key &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key &quot;%1&quot; is missing in &quot;%2&quot;.</source>
        <translation>the key &quot;%1&quot; is missing in &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must give the text in both languages: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>&quot;%1&quot; must give the text in both languages: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 text of &quot;%2&quot; is empty.</source>
        <translation>the %1 text of &quot;%2&quot; is empty.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3, not %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a name in lower case with dashes, such as &quot;pension-enrolment&quot;, not %2.</source>
        <translation>&quot;%1&quot; must be a name in lower case with dashes, such as &quot;pension-enrolment&quot;, not %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the fee cannot be negative. Write 0 for a free service.</source>
        <translation>the fee cannot be negative. Write 0 for a free service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the fee in fen as {&quot;amountFen&quot;: 2000}, or 0 for a free service; %1 is not accepted.</source>
        <translation>write the fee in fen as {&quot;amountFen&quot;: 2000}, or 0 for a free service; %1 is not accepted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the fee cannot be negative (%1 fen). Write 0 for a free service.</source>
        <translation>the fee cannot be negative (%1 fen). Write 0 for a free service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;amountFen&quot; must be a whole number of fen, such as 12000 for 120 yuan, not %1.</source>
        <translation>&quot;amountFen&quot; must be a whole number of fen, such as 12000 for 120 yuan, not %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name the print templates as {&quot;receipt&quot;: &quot;…&quot;, &quot;decision&quot;: &quot;…&quot;}.</source>
        <translation>name the print templates as {&quot;receipt&quot;: &quot;…&quot;, &quot;decision&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a case type definition must be one JSON object { … }.</source>
        <translation>a case type definition must be one JSON object { … }.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a valid case type id. Write it in lower case with dashes, such as &quot;pension-enrolment&quot;.</source>
        <translation>%1 is not a valid case type id. Write it in lower case with dashes, such as &quot;pension-enrolment&quot;.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the key &quot;applicant&quot; is missing. Name the fields that hold the applicant&apos;s name, id number and telephone, such as %1.</source>
        <translation>the key &quot;applicant&quot; is missing. Name the fields that hold the applicant&apos;s name, id number and telephone, such as %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;applicant&quot; must name the fields that hold the applicant&apos;s details, such as %1, not %2.</source>
        <translation>&quot;applicant&quot; must name the fields that hold the applicant&apos;s details, such as %1, not %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id kind %1 is unknown. Known kinds: %2.</source>
        <translation>the id kind %1 is unknown. Known kinds: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;idNumber&quot; names field &quot;%1&quot;, which must have the checksum rule &quot;%2&quot; to hold a number of kind &quot;%3&quot;.</source>
        <translation>&quot;idNumber&quot; names field &quot;%1&quot;, which must have the checksum rule &quot;%2&quot; to hold a number of kind &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; names field %2, which does not exist.</source>
        <translation>&quot;%1&quot; names field %2, which does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; names field &quot;%2&quot; of type &quot;%3&quot;; the type must be one of: %4.</source>
        <translation>&quot;%1&quot; names field &quot;%2&quot; of type &quot;%3&quot;; the type must be one of: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; names field &quot;%2&quot;, which must be required and always shown, because no case can be taken in without it.</source>
        <translation>&quot;%1&quot; names field &quot;%2&quot;, which must be required and always shown, because no case can be taken in without it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;fields&quot; must be a list of at least one field.</source>
        <translation>&quot;fields&quot; must be a list of at least one field.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each field must be a JSON object { … }.</source>
        <translation>each field must be a JSON object { … }.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the key &quot;id&quot; is missing.</source>
        <translation>the key &quot;id&quot; is missing.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid field id. Write it in lower case with underscores, such as &quot;birth_date&quot;.</source>
        <translation>%1 is not a valid field id. Write it in lower case with underscores, such as &quot;birth_date&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this id is already used by field %1. Each field needs its own id.</source>
        <translation>this id is already used by field %1. Each field needs its own id.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the type %1 is unknown. Known types: %2.</source>
        <translation>the type %1 is unknown. Known types: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;required&quot; must be true or false, not %1.</source>
        <translation>&quot;required&quot; must be true or false, not %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only a field of type choice has &quot;choices&quot;; this one is of type &quot;%1&quot;.</source>
        <translation>only a field of type choice has &quot;choices&quot;; this one is of type &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;required&quot; is true, so &quot;requiredWhen&quot; would never matter. Keep one of the two.</source>
        <translation>&quot;required&quot; is true, so &quot;requiredWhen&quot; would never matter. Keep one of the two.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; applies to fields typed in as text (text, id-number, phone, address), not to a field of type &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; applies to fields typed in as text (text, id-number, phone, address), not to a field of type &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;pattern&quot; must be a regular expression written as text, not %1.</source>
        <translation>&quot;pattern&quot; must be a regular expression written as text, not %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pattern &quot;%1&quot; is not a valid regular expression: %2 (at character %3).</source>
        <translation>the pattern &quot;%1&quot; is not a valid regular expression: %2 (at character %3).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;minLength&quot; (%1) is greater than &quot;maxLength&quot; (%2).</source>
        <translation>&quot;minLength&quot; (%1) is greater than &quot;maxLength&quot; (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a checksum rule applies to fields of type text or id-number, not to a field of type &quot;%1&quot;.</source>
        <translation>a checksum rule applies to fields of type text or id-number, not to a field of type &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checksum rule %1 is unknown. Known rules: %2.</source>
        <translation>the checksum rule %1 is unknown. Known rules: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a field of type choice needs &quot;choices&quot;: a list of at least one {&quot;value&quot;: &quot;…&quot;, &quot;label&quot;: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</source>
        <translation>a field of type choice needs &quot;choices&quot;: a list of at least one {&quot;value&quot;: &quot;…&quot;, &quot;label&quot;: {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, choice %2</source>
        <translation>%1, choice %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each choice must be a JSON object { … }.</source>
        <translation>each choice must be a JSON object { … }.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;value&quot; must be non-empty text, not %1.</source>
        <translation>&quot;value&quot; must be non-empty text, not %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, choice &quot;%2&quot;</source>
        <translation>%1, choice &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this value appears twice. Each choice needs its own value.</source>
        <translation>this value appears twice. Each choice needs its own value.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; must be a condition such as {&quot;field&quot;: &quot;applied_by_agent&quot;, &quot;equals&quot;: &quot;yes&quot;}, not %2.</source>
        <translation>&quot;%1&quot; must be a condition such as {&quot;field&quot;: &quot;applied_by_agent&quot;, &quot;equals&quot;: &quot;yes&quot;}, not %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; needs either &quot;equals&quot; with one value or &quot;in&quot; with a list of values.</source>
        <translation>&quot;%1&quot; needs either &quot;equals&quot; with one value or &quot;in&quot; with a list of values.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; depends on the field itself. A condition must look at another field, above this one.</source>
        <translation>&quot;%1&quot; depends on the field itself. A condition must look at another field, above this one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; refers to field &quot;%2&quot;, which comes later in the form. A condition can only look at fields above it.</source>
        <translation>&quot;%1&quot; refers to field &quot;%2&quot;, which comes later in the form. A condition can only look at fields above it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; refers to field %2, which does not exist.</source>
        <translation>&quot;%1&quot; refers to field %2, which does not exist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;in&quot; of &quot;%1&quot; must be a list of at least one value.</source>
        <translation>&quot;in&quot; of &quot;%1&quot; must be a list of at least one value.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot; with %3, which is not one of its choices (%4).</source>
        <translation>&quot;%1&quot; compares field &quot;%2&quot; with %3, which is not one of its choices (%4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot;, which holds a number, with %3; write a number.</source>
        <translation>&quot;%1&quot; compares field &quot;%2&quot;, which holds a number, with %3; write a number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; compares field &quot;%2&quot;, which holds text, with %3; write the text in quotes.</source>
        <translation>&quot;%1&quot; compares field &quot;%2&quot;, which holds text, with %3; write the text in quotes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;documents&quot; must be a list; write [] when the citizen brings none.</source>
        <translation>&quot;documents&quot; must be a list; write [] when the citizen brings none.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this id is already used by document %1. Each document needs its own id.</source>
        <translation>this id is already used by document %1. Each document needs its own id.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each document must be a JSON object { … }.</source>
        <translation>each document must be a JSON object { … }.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid document id. Write it in lower case with underscores, such as &quot;identity_card&quot;.</source>
        <translation>%1 is not a valid document id. Write it in lower case with underscores, such as &quot;identity_card&quot;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;required&quot; must be true, false or a condition such as {&quot;field&quot;: &quot;application_type&quot;, &quot;equals&quot;: &quot;renewal&quot;}, not %1.</source>
        <translation>&quot;required&quot; must be true, false or a condition such as {&quot;field&quot;: &quot;application_type&quot;, &quot;equals&quot;: &quot;renewal&quot;}, not %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;formats&quot; must list the file formats accepted, out of %1.</source>
        <translation>&quot;formats&quot; must list the file formats accepted, out of %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the format %1 is unknown. Known formats: %2.</source>
        <translation>the format %1 is unknown. Known formats: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format %1 is listed twice.</source>
        <translation>the format %1 is listed twice.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;checks&quot; must be a list of check names, such as [&quot;readable&quot;].</source>
        <translation>&quot;checks&quot; must be a list of check names, such as [&quot;readable&quot;].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a check name. Write it in lower case with dashes, such as &quot;not-expired&quot;.</source>
        <translation>%1 is not a check name. Write it in lower case with dashes, such as &quot;not-expired&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the check %1 is listed twice.</source>
        <translation>the check %1 is listed twice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder of case type definitions %1 does not exist.</source>
        <translation>The folder of case type definitions %1 does not exist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case type definition %1 could not be read. Check that the file is readable.</source>
        <translation>The case type definition %1 could not be read. Check that the file is readable.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2 both define the case type &quot;%3&quot;. Give each case type its own id, or remove one of the files.</source>
        <translation>%1 and %2 both define the case type &quot;%3&quot;. Give each case type its own id, or remove one of the files.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A case type built into CaseDesk is broken, so this installation cannot be used: %1 Install CaseDesk again.</source>
        <translation>A case type built into CaseDesk is broken, so this installation cannot be used: %1 Install CaseDesk again.</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <location filename="../modules/intake/CaseValidator.cpp" line="+111"/>
        <source>An amount is a whole number of fen from 0 to 10 billion yuan.</source>
        <translation>An amount is a whole number of fen from 0 to 10 billion yuan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This field takes text, and the answer given is not text.</source>
        <translation>This field takes text, and the answer given is not text.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a number with digits, for example 3 or 12.5.</source>
        <translation>Enter a number with digits, for example 3 or 12.5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose one of the answers offered.</source>
        <translation>Choose one of the answers offered.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter a real date as year, month and day, for example 2026-03-01, 20260301 or 2026年3月1日.</source>
        <translation>Enter a real date as year, month and day, for example 2026-03-01, 20260301 or 2026年3月1日.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The date of birth differs from the one in the identity number: check both against the identity card.</source>
        <translation>The date of birth differs from the one in the identity number: check both against the identity card.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sex differs from the one the identity number gives: check both against the identity card.</source>
        <translation>The sex differs from the one the identity number gives: check both against the identity card.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case type has no such field, so the answer cannot be kept.</source>
        <translation>This case type has no such field, so the answer cannot be kept.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an answer; it is required.</source>
        <translation>Choose an answer; it is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in this field; it is required.</source>
        <translation>Fill in this field; it is required.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This answer is too short: at least %n characters.</source>
        <translation>
            <numerusform>This answer is too short: at least %n character.</numerusform>
            <numerusform>This answer is too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This answer is too long: at most %n characters, but it has %1.</source>
        <translation>
            <numerusform>This answer is too long: at most %n character, but it has %1.</numerusform>
            <numerusform>This answer is too long: at most %n characters, but it has %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This answer is not written the way this field asks: check it against the label.</source>
        <translation>This answer is not written the way this field asks: check it against the label.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <location filename="../modules/store/ChangeJournal.cpp" line="+91"/>
        <source>writing the change journal</source>
        <translation>writing the change journal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading the change journal</source>
        <translation>reading the change journal</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <location filename="../app/ctl/CtlCommand.cpp" line="+88"/>
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
        <location line="+27"/>
        <source>No workstation is set up in %1. Set one up with: casedeskctl init</source>
        <translation>No workstation is set up in %1. Set one up with: casedeskctl init</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Name the account to sign in with: --user NAME.</source>
        <translation>Name the account to sign in with: --user NAME.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+24"/>
        <source><byte value="xd"/>Indexing cases for search: %1 of %2</source>
        <translation><byte value="xd"/>Indexing cases for search: %1 of %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indexed %1 cases for search after the update.</source>
        <translation>Indexed %1 cases for search after the update.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>Database</name>
    <message>
        <location filename="../modules/store/Database.cpp" line="+56"/>
        <source>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</source>
        <translation>The database file %1 is missing. Restore it from a backup, or set the workstation up again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A database already exists at %1. Nothing was changed.</source>
        <translation>A database already exists at %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation&apos;s own database from a backup.</source>
        <translation>The database file %1 is not encrypted. CaseDesk refuses to use it; restore the workstation&apos;s own database from a backup.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</source>
        <translation>The database file %1 could not be created. Check that the data folder belongs to you and the disk has room.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>opening the database</source>
        <translation>opening the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database driver did not start. Reinstall CaseDesk.</source>
        <translation>The database driver did not start. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</source>
        <translation>The database was written without encryption. CaseDesk stopped so no personal data is stored unprotected. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+150"/>
        <source>The database key could not be prepared: the computer is short of locked memory.</source>
        <translation>The database key could not be prepared: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>applying the database key</source>
        <translation>applying the database key</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the database</source>
        <translation>reading the database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</source>
        <translation>The database library in use does not encrypt. CaseDesk refuses to run without SQLCipher; reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</source>
        <translation>The database could not be switched to write-ahead logging. Check that the data folder is on a local disk.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>changing the database</source>
        <translation>changing the database</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation&apos;s data, then try again.</source>
        <translation>The database is in use by another program. Close other CaseDesk windows or tools working on this workstation&apos;s data, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</source>
        <translation>The database file %1 is damaged or was changed outside CaseDesk (its integrity check failed). Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</source>
        <translation>The database file %1 cannot be opened for writing. Check that the data folder belongs to you and is not read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk reported an error while %1. Nothing was saved; check the disk and try again.</source>
        <translation>The disk reported an error while %1. Nothing was saved; check the disk and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database refused the change while %1. Nothing was saved.</source>
        <translation>The database refused the change while %1. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>re-encrypting the database</source>
        <translation>re-encrypting the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 already exists. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup file %1 could not be created. Check the folder and the free space.</source>
        <translation>The backup file %1 could not be created. Check the folder and the free space.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>creating the backup file</source>
        <translation>creating the backup file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>writing the backup</source>
        <translation>writing the backup</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checking the database</source>
        <translation>checking the database</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>starting a change</source>
        <translation>starting a change</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>saving the change</source>
        <translation>saving the change</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/ctl/DemoCommand.cpp" line="+18"/>
        <source>Fills the workstation with N demonstration cases of the shipped case types, taken in by its clerk accounts over the past two years: Chinese and Latin names, valid identity numbers and phones, every status, and scanned documents for some of them. The same seed gives the same cases. Demo cases get provisional numbers like real ones, but are never synchronised with the registry. Only an administrator may run it, and the workstation needs at least one clerk account.</source>
        <translation>Fills the workstation with N demonstration cases of the shipped case types, taken in by its clerk accounts over the past two years: Chinese and Latin names, valid identity numbers and phones, every status, and scanned documents for some of them. The same seed gives the same cases. Demo cases get provisional numbers like real ones, but are never synchronised with the registry. Only an administrator may run it, and the workstation needs at least one clerk account.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many cases to generate.</source>
        <translation>How many cases to generate.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed of the generator (default %1).</source>
        <translation>The seed of the generator (default %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say how many cases to generate with --cases N, from 1 to %1.</source>
        <translation>Say how many cases to generate with --cases N, from 1 to %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seed must be a whole number of 0 or more.</source>
        <translation>The seed must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source><byte value="xd"/>%1 of %2 cases written</source>
        <translation><byte value="xd"/>%1 of %2 cases written</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Generated %1 demo cases for %2 new applicants, with %3 attachments (%4 new files), in %5 s: %6 cases a second.</source>
        <translation>Generated %1 demo cases for %2 new applicants, with %3 attachments (%4 new files), in %5 s: %6 cases a second.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DemoCommand.h" line="+15"/>
        <source>Generate demonstration cases</source>
        <translation>Generate demonstration cases</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../modules/intake/DemoData.cpp" line="+1494"/>
        <source>Only an administrator may fill the workstation with demo cases.</source>
        <translation>Only an administrator may fill the workstation with demo cases.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of demo cases must be between 1 and %1.</source>
        <translation>The number of demo cases must be between 1 and %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preparing the demo cases</source>
        <translation>preparing the demo cases</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Demo cases are taken in by clerks, and this workstation has no active clerk account. Add one first: casedeskctl user add NAME --role clerk</source>
        <translation>Demo cases are taken in by clerks, and this workstation has no active clerk account. Add one first: casedeskctl user add NAME --role clerk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Demo cases are made for the shipped case types (pension enrolment, passport application, business licence change), and none of them is installed.</source>
        <translation>Demo cases are made for the shipped case types (pension enrolment, passport application, business licence change), and none of them is installed.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The demo cases ran out before %1 were made. Please report this.</source>
        <translation>The demo cases ran out before %1 were made. Please report this.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>storing the demo files</source>
        <translation>storing the demo files</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <location filename="../modules/intake/DraftRepository.cpp" line="+18"/>
        <source>Only a clerk fills in intake forms.</source>
        <translation>Only a clerk fills in intake forms.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>saving the form as a draft</source>
        <translation>saving the form as a draft</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the draft</source>
        <translation>reading the draft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>discarding the draft</source>
        <translation>discarding the draft</translation>
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
        <location line="+8"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Read the administrator&apos;s password from the first line of standard input.</source>
        <translation>Read the administrator&apos;s password from the first line of standard input.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up a demonstration workstation instead.</source>
        <translation>Set up a demonstration workstation instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office the workstation serves.</source>
        <translation>The office the workstation serves.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demonstration office</source>
        <translation>Demonstration office</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+8"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Workstation set up in %1 with administrator %2.</source>
        <translation>Workstation set up in %1 with administrator %2.</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>KeySlotFile</name>
    <message>
        <location filename="../modules/store/crypto/KeySlotFile.cpp" line="+155"/>
        <location line="+22"/>
        <source>The encryption library could not start. Reinstall CaseDesk.</source>
        <translation>The encryption library could not start. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</source>
        <translation>A key slot file already exists at %1. Setting the workstation up again would make the database it opens unreadable; move the old file away first if that is really meant.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</source>
        <translation>The key slot file %1 is missing, so the database cannot be opened. Restore it from the backup taken together with the database, or set the workstation up again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key slot file %1 could not be read. Check the data folder&apos;s permissions.</source>
        <translation>The key slot file %1 could not be read. Check the data folder&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</source>
        <translation>The key slot file %1 was written by a newer version of CaseDesk. Update CaseDesk on this workstation.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This user can already open the database on this workstation. Change the user&apos;s password instead.</source>
        <translation>This user can already open the database on this workstation. Change the user&apos;s password instead.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</source>
        <translation>This is the last user who can open the database; removing them would leave nobody able to. Add another user first.</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+20"/>
        <source>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</source>
        <translation>The key slot file could not be saved. The disk may be full or read-only; nothing was changed.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</source>
        <translation>The key slot file %1 is damaged and cannot be trusted. Restore it from the backup taken together with the database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many wrong passwords, until %1. Try again then, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>The user name or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</source>
        <translation>This user cannot open the database on this workstation: there is no key for them. Ask an administrator to add the user again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer is short of memory for checking the password. Close other programs and try again.</source>
        <translation>The computer is short of memory for checking the password. Close other programs and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database keys could not be handled. This is a fault in CaseDesk; please report it.</source>
        <translation>The database keys could not be handled. This is a fault in CaseDesk; please report it.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+58"/>
        <source>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</source>
        <translation>This database was written by a newer version of CaseDesk (schema %1; this program knows up to %2). Install the newer version. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A schema migration is missing from this program. Reinstall CaseDesk.</source>
        <translation>A schema migration is missing from this program. Reinstall CaseDesk.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>updating the database schema</source>
        <translation>updating the database schema</translation>
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
    <name>SearchCommand</name>
    <message>
        <location filename="../app/ctl/SearchCommand.cpp" line="+15"/>
        <source>Finds cases the way the desk&apos;s search box does: by the applicant&apos;s name, Chinese or Latin, whole or in part; by an id number or phone number, whole or by its last four or more digits; or by case number. Every word must match. Prints the newest matches first, one a line: number, case type, status, intake time and applicant, separated by tabs. The applicant&apos;s name is personal data: it is shown on this terminal only, never logged.</source>
        <translation>Finds cases the way the desk&apos;s search box does: by the applicant&apos;s name, Chinese or Latin, whole or in part; by an id number or phone number, whole or by its last four or more digits; or by case number. Every word must match. Prints the newest matches first, one a line: number, case type, status, intake time and applicant, separated by tabs. The applicant&apos;s name is personal data: it is shown on this terminal only, never logged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show at most N cases (default %1, at most %2).</source>
        <translation>Show at most N cases (default %1, at most %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to look for.</source>
        <translation>What to look for.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what to look for.</source>
        <translation>Say what to look for.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit takes a number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give your password on standard input with --password-stdin.</source>
        <translation>Give your password on standard input with --password-stdin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role may not search cases.</source>
        <translation>Your role may not search cases.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location filename="../app/ctl/SearchCommand.h" line="+17"/>
        <source>Find cases by name, id number, phone or case number</source>
        <translation>Find cases by name, id number, phone or case number</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <location filename="../modules/intake/SearchIndex.cpp" line="+23"/>
        <source>reading the state of the search index</source>
        <translation>reading the state of the search index</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>indexing the cases for search</source>
        <translation>indexing the cases for search</translation>
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
    <name>Statement</name>
    <message>
        <location filename="../modules/store/Statement.cpp" line="+60"/>
        <source>preparing a change</source>
        <translation>preparing a change</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving a change</source>
        <translation>saving a change</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../app/ctl/UserCommand.cpp" line="+27"/>
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
        <location line="-45"/>
        <source>Manages the workstation&apos;s accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again, with a new password read from the second line of standard input

Roles: clerk, hearing-secretary, supervisor, administrator.</source>
        <translation>Manages the workstation&apos;s accounts.

Actions:
  list                    list the accounts
  add NAME --role ROLE    add an account; its password is the second line of standard input
  passwd NAME             set a new password, read from the second line of standard input
  disable NAME            stop an account from signing in
  enable NAME             let a disabled account sign in again, with a new password read from the second line of standard input

Roles: clerk, hearing-secretary, supervisor, administrator.</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location line="+23"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1 is disabled.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>UserRepository</name>
    <message>
        <location filename="../modules/store/UserRepository.cpp" line="+49"/>
        <source>adding the account</source>
        <translation>adding the account</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>reading the accounts</source>
        <translation>reading the accounts</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>changing the account</source>
        <translation>changing the account</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../modules/intake/Validators.cpp" line="+143"/>
        <source>Enter the identity number.</source>
        <translation>Enter the identity number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an old 15-digit identity number; it must be converted to the 18-character form. Enter the number on the current identity card.</source>
        <translation>This is an old 15-digit identity number; it must be converted to the 18-character form. Enter the number on the current identity card.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An identity number has 18 characters, but this one has %n.</source>
        <translation>
            <numerusform>An identity number has 18 characters, but this one has %n.</numerusform>
            <numerusform>An identity number has 18 characters, but this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An identity number has only digits, with X allowed as the last character: check for a mistyped letter.</source>
        <translation>An identity number has only digits, with X allowed as the last character: check for a mistyped letter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first two digits are not a province code: check the start of the number.</source>
        <translation>The first two digits are not a province code: check the start of the number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A residence permit for Hong Kong, Macao or Taiwan residents has four zeros after the first two digits: check the start of the number.</source>
        <translation>A residence permit for Hong Kong, Macao or Taiwan residents has four zeros after the first two digits: check the start of the number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digits 7 to 14 are not a real date of birth: check the year, month and day.</source>
        <translation>Digits 7 to 14 are not a real date of birth: check the year, month and day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Digits 7 to 14 give a year of birth before 1890: check the year.</source>
        <translation>Digits 7 to 14 give a year of birth before 1890: check the year.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits 7 to 14 give a date of birth in the future: check the year, month and day.</source>
        <translation>Digits 7 to 14 give a date of birth in the future: check the year, month and day.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check character does not match: one digit may be mistyped, or two digits swapped.</source>
        <translation>The check character does not match: one digit may be mistyped, or two digits swapped.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of birth in the number is more than 120 years ago: check the year.</source>
        <translation>The date of birth in the number is more than 120 years ago: check the year.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter the passport number.</source>
        <translation>Enter the passport number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passports with a number beginning with G are no longer issued, so this one has probably expired: check the expiry date.</source>
        <translation>Passports with a number beginning with G are no longer issued, so this one has probably expired: check the expiry date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passport number is E and 8 digits, or E, a letter and 7 digits (D, S or P and 7 digits for official passports): check the number.</source>
        <translation>A passport number is E and 8 digits, or E, a letter and 7 digits (D, S or P and 7 digits for official passports): check the number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mobile number has only digits; spaces and dashes are allowed between them.</source>
        <translation>A mobile number has only digits; spaces and dashes are allowed between them.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A mobile number has 11 digits, but this one has %n.</source>
        <translation>
            <numerusform>A mobile number has 11 digits, but this one has %n.</numerusform>
            <numerusform>A mobile number has 11 digits, but this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mobile number begins with 13 to 19: check the first digits.</source>
        <translation>A mobile number begins with 13 to 19: check the first digits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A phone number has only digits; spaces and dashes are allowed between them.</source>
        <translation>A phone number has only digits; spaces and dashes are allowed between them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the area code before a landline number, for example 010 for Beijing.</source>
        <translation>Enter the area code before a landline number, for example 010 for Beijing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The area code is not valid: check the digits after the first 0.</source>
        <translation>The area code is not valid: check the digits after the first 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A landline number has 7 or 8 digits after the area code: check for a missing or extra digit.</source>
        <translation>A landline number has 7 or 8 digits after the area code: check for a missing or extra digit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A landline number does not begin with 0 after the area code: check the area code.</source>
        <translation>A landline number does not begin with 0 after the area code: check the area code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A unified social credit code has 18 characters, but this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters, but this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters, but this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A unified social credit code has digits and capital letters except I, O, S, V and Z: check for a mistyped letter.</source>
        <translation>A unified social credit code has digits and capital letters except I, O, S, V and Z: check for a mistyped letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check character does not match: one character may be mistyped, or two characters swapped.</source>
        <translation>The check character does not match: one character may be mistyped, or two characters swapped.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a real date of birth.</source>
        <translation>Enter a real date of birth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of birth is in the future: check the year, month and day.</source>
        <translation>The date of birth is in the future: check the year, month and day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is more than 120 years ago: check the year.</source>
        <translation>The date of birth is more than 120 years ago: check the year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter both the date of issue and the date of expiry.</source>
        <translation>Enter both the date of issue and the date of expiry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of expiry must be after the date of issue: check both dates.</source>
        <translation>The date of expiry must be after the date of issue: check both dates.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the amount.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the amount in yuan with digits, for example 85 or 1,350.50.</source>
        <translation>Enter the amount in yuan with digits, for example 85 or 1,350.50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount has at most two decimals: check the number.</source>
        <translation>An amount has at most two decimals: check the number.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount is larger than 10 billion yuan: check the number.</source>
        <translation>The amount is larger than 10 billion yuan: check the number.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter the account number.</source>
        <translation>Enter the account number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number holds digits only.</source>
        <translation>An account number holds digits only.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An account number has 12 to 19 digits, but this one has %n.</source>
        <translation>
            <numerusform>An account number has 12 to 19 digits, but this one has %n.</numerusform>
            <numerusform>An account number has 12 to 19 digits, but this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The last digit does not match the rest of the account number. Check the number against the card with the citizen.</source>
        <translation>The last digit does not match the rest of the account number. Check the number against the card with the citizen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This field names a check the program does not know, so its value cannot be accepted. Ask the administrator to correct the case type.</source>
        <translation>This field names a check the program does not know, so its value cannot be accepted. Ask the administrator to correct the case type.</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../modules/store/Workstation.cpp" line="+42"/>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>A user name has 2 to 32 letters, digits, dots, dashes or underscores, without spaces.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A workstation is already set up in %1. Nothing was changed.</source>
        <translation>A workstation is already set up in %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the name of the office.</source>
        <translation>Enter the name of the office.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database key could not be made: the computer is short of locked memory.</source>
        <translation>The database key could not be made: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>setting up the workstation</source>
        <translation>setting up the workstation</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</source>
        <translation>Your key slot opens a different database than the one in use. The key file %1 does not belong to this database; restore both from the same backup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</source>
        <translation>The key file %1 holds a slot for an account the database does not know. Restore the key file and the database from the same backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>reading the device record</source>
        <translation>reading the device record</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starting a new device epoch</source>
        <translation>starting a new device epoch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may change other people&apos;s accounts.</source>
        <translation>Only an administrator may change other people&apos;s accounts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no account named %1.</source>
        <translation>There is no account named %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An account named %1 already exists. Choose another name.</source>
        <translation>An account named %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The account %1 is disabled. Enable it with a new password instead.</source>
        <translation>The account %1 is disabled. Enable it with a new password instead.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>You cannot disable your own account. Ask another administrator.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The account %1 is not disabled.</source>
        <translation>The account %1 is not disabled.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A new database key could not be made: the computer is short of locked memory.</source>
        <translation>A new database key could not be made: the computer is short of locked memory.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 already exists. Choose a new file name for the backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</source>
        <translation>The key file could not be copied beside the backup. The disk may be full; no backup was kept.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Only an administrator may change the workstation&apos;s settings.</source>
        <translation>Only an administrator may change the workstation&apos;s settings.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock time must be between 0 (never) and %1 minutes.</source>
        <translation>The lock time must be between 0 (never) and %1 minutes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving the setting</source>
        <translation>saving the setting</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <location filename="../modules/intake/CaseListModel.cpp" line="+106"/>
        <source>Your role may not see the cases.</source>
        <translation>Your role may not see the cases.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>counting the cases</source>
        <translation>counting the cases</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>searching the cases</source>
        <translation>searching the cases</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the case list</source>
        <translation>reading the case list</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>reading the clerks</source>
        <translation>reading the clerks</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>casedesk::CasesPage</name>
    <message>
        <location filename="../modules/intake/ui/CasesPage.cpp" line="+55"/>
        <source>Search by name, id number, phone or case number (Ctrl+F)</source>
        <translation>Search by name, id number, phone or case number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Any clerk</source>
        <translation>Any clerk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Counting the cases…</source>
        <translation>Counting the cases…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %Ln matches are shown; type more to narrow the search.</source>
        <translation>
            <numerusform>The first %Ln match is shown; type more to narrow the search.</numerusform>
            <numerusform>The first %Ln matches are shown; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CheckerWorker</name>
    <message>
        <location filename="../modules/checks/CheckerWorker.cpp" line="+38"/>
        <source>Analyses one document read from standard input and writes one JSON reply to standard output. Started by CaseDesk for each file; not meant to be run by hand.</source>
        <translation>Analyses one document read from standard input and writes one JSON reply to standard output. Started by CaseDesk for each file; not meant to be run by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: describe.</source>
        <translation>What to do: describe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at most this many bytes.</source>
        <translation>Read at most this many bytes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address space the worker may use.</source>
        <translation>Address space the worker may use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processor time the worker may use.</source>
        <translation>Processor time the worker may use.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: casedesk-checker describe [--max-bytes N] [--memory-limit N] [--cpu-seconds N]</source>
        <translation>Usage: casedesk-checker describe [--max-bytes N] [--memory-limit N] [--cpu-seconds N]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document could not be read from standard input.</source>
        <translation>The document could not be read from standard input.</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskController</name>
    <message numerus="yes">
        <location filename="../app/desk/DeskController.cpp" line="+30"/>
        <source>The desk was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>The desk was locked after %n minute without use.</numerusform>
            <numerusform>The desk was locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Preparing case search after the update. This happens once.</source>
        <translation>Preparing case search after the update. This happens once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search is not ready</source>
        <translation>Search is not ready</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases could not be prepared for search, so the search box may miss cases until CaseDesk is started again. Taking in cases is not affected.

%1</source>
        <translation>The cases could not be prepared for search, so the search box may miss cases until CaseDesk is started again. Taking in cases is not affected.

%1</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentRow</name>
    <message>
        <location filename="../modules/intake/ui/DocumentRow.cpp" line="+63"/>
        <source>Add file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a file for %1</source>
        <translation>Add a file for %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, at most %2 MiB</source>
        <translation>%1, at most %2 MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required, not yet handed in. %1</source>
        <translation>Required, not yet handed in. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed with the answers given so far. %1</source>
        <translation>Not needed with the answers given so far. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the citizen has it. %1</source>
        <translation>If the citizen has it. %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file was already received with case %1.</source>
        <translation>This file was already received with case %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>casedesk::FieldEditor</name>
    <message>
        <location filename="../modules/intake/ui/FieldEditor.cpp" line="+44"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>for example 1985-06-15 or 19850615</source>
        <translation>for example 1985-06-15 or 19850615</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 1,200.50</source>
        <translation>for example 1,200.50</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile, or landline with area code</source>
        <translation>mobile, or landline with area code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>casedesk::InspectionJob</name>
    <message>
        <location filename="../modules/checks/InspectionJob.cpp" line="+87"/>
        <source>This file could not be analysed: the analysis took too long. Check the paper original, or ask for another copy of the file.</source>
        <translation>This file could not be analysed: the analysis took too long. Check the paper original, or ask for another copy of the file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the analysis stopped unexpectedly. Check the paper original, or ask for another copy of the file.</source>
        <translation>This file could not be analysed: the analysis stopped unexpectedly. Check the paper original, or ask for another copy of the file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the document checker could not be started. Ask your administrator to repair the CaseDesk installation.</source>
        <translation>This file could not be analysed: the document checker could not be started. Ask your administrator to repair the CaseDesk installation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the document checker gave an answer CaseDesk does not understand. Ask your administrator to repair the CaseDesk installation.</source>
        <translation>This file could not be analysed: the document checker gave an answer CaseDesk does not understand. Ask your administrator to repair the CaseDesk installation.</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakePage</name>
    <message>
        <location filename="../modules/intake/ui/IntakePage.cpp" line="+98"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No case types are installed, so no case can be taken in. Ask the administrator to install CaseDesk again.</source>
        <translation>No case types are installed, so no case can be taken in. Ask the administrator to install CaseDesk again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Case &amp;type:</source>
        <translation>Case &amp;type:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change the case type?</source>
        <translation>Change the case type?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and files of this form belong to the case type chosen before and are cleared.</source>
        <translation>The answers and files of this form belong to the case type chosen before and are cleared.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Use these details</source>
        <translation>&amp;Use these details</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop files on a document or use its Add file… button. Ctrl+D adds a file to the document you are at, or to the first one still missing.</source>
        <translation>Drop files on a document or use its Add file… button. Ctrl+D adds a file to the document you are at, or to the first one still missing.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Next case (Ctrl+N)</source>
        <translation>Next case (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clears the form for the next citizen.</source>
        <translation>Clears the form for the next citizen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add document… (Ctrl+D)</source>
        <translation>Add document… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No fee</source>
        <translation>No fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee: ¥%1</source>
        <translation>Fee: ¥%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided on the spot</source>
        <translation>decided on the spot</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>decision within %n working day(s)</source>
        <translation>
            <numerusform>decision within %n working day</numerusform>
            <numerusform>decision within %n working days</numerusform>
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
        <translation>Add a file for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted files (%1)</source>
        <translation>Accepted files (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This case type needs no documents.</source>
        <translation>This case type needs no documents.</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save yet:</source>
        <translation>Cannot save yet:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) need an answer or a correction: %1.</source>
        <translation>
            <numerusform>%n field needs an answer or a correction: %1.</numerusform>
            <numerusform>%n fields need an answer or a correction: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to save.</source>
        <translation>Ready to save.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s) to check with the citizen; they do not stop saving.</source>
        <translation>
            <numerusform>%n warning to check with the citizen; it does not stop saving.</numerusform>
            <numerusform>%n warnings to check with the citizen; they do not stop saving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n required document(s) not yet handed in; the case can be saved and the documents brought later.</source>
        <translation>
            <numerusform>%n required document not yet handed in; the case can be saved and the document brought later.</numerusform>
            <numerusform>%n required documents not yet handed in; the case can be saved and the documents brought later.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Looking up the applicant failed, so their details must be typed in: %1</source>
        <translation>Looking up the applicant failed, so their details must be typed in: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Returning applicant: the name and telephone were filled in from their earlier case. Check them with the citizen.</source>
        <translation>Returning applicant: the name and telephone were filled in from their earlier case. Check them with the citizen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number belongs to a known applicant: %1, telephone %2. The form holds other details.</source>
        <translation>This number belongs to a known applicant: %1, telephone %2. The form holds other details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The known applicant&apos;s name and telephone were filled in.</source>
        <translation>The known applicant&apos;s name and telephone were filled in.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file &quot;%1&quot; could not be read. Check that it is still there and that you may open it.</source>
        <translation>The file &quot;%1&quot; could not be read. Check that it is still there and that you may open it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file &quot;%1&quot; is larger than %2 MiB, more than any document may be. Scan it at a lower resolution or in black and white.</source>
        <translation>The file &quot;%1&quot; is larger than %2 MiB, more than any document may be. Scan it at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; is already added for this document.</source>
        <translation>The file &quot;%1&quot; is already added for this document.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+255"/>
        <source>Not analysed: the document checker is not available here.</source>
        <translation>Not analysed: the document checker is not available here.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>This file could not be analysed; it is kept, and the checks will look at it.</source>
        <translation>This file could not be analysed; it is kept, and the checks will look at it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file &quot;%1&quot; was not added: %2</source>
        <translation>The file &quot;%1&quot; was not added: %2</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The form could not be kept as a draft, so a power cut now would lose it: %1</source>
        <translation>The form could not be kept as a draft, so a power cut now would lose it: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form you left unsaved could not be read: %1</source>
        <translation>The form you left unsaved could not be read: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The form you had not saved was restored, as it was at %1.</source>
        <translation>The form you had not saved was restored, as it was at %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear the form?</source>
        <translation>Clear the form?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers and files of this form are cleared, and the case is not taken in.</source>
        <translation>The answers and files of this form are cleared, and the case is not taken in.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The case was not taken in: %1 Nothing you typed is lost; save again, and call the administrator if it happens again.</source>
        <translation>The case was not taken in: %1 Nothing you typed is lost; save again, and call the administrator if it happens again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 taken in.</source>
        <translation>Case %1 taken in.</translation>
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
        <location filename="../app/desk/MainWindow.cpp" line="+30"/>
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
        <location line="+26"/>
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
        <location line="+42"/>
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
    <name>casedesk::ProcessLimits</name>
    <message>
        <location filename="../modules/checks/ProcessLimits.cpp" line="+35"/>
        <source>The document checker was given limits that are not positive.</source>
        <translation>The document checker was given limits that are not positive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document checker could not turn off core dumps.</source>
        <translation>The document checker could not turn off core dumps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document checker could not limit its memory.</source>
        <translation>The document checker could not limit its memory.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document checker could not limit its processor time.</source>
        <translation>The document checker could not limit its processor time.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document checker could not restrict itself.</source>
        <translation>The document checker could not restrict itself.</translation>
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
    <name>casedesk::SetUpDialog</name>
    <message>
        <location filename="../app/desk/SetUpDialog.cpp" line="+22"/>
        <source>CaseDesk — Set up this workstation</source>
        <translation>CaseDesk — Set up this workstation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</source>
        <translation>This workstation has no data yet. Enter the office it serves and the first administrator, who then adds the other accounts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Set up the workstation</source>
        <translation>&amp;Set up the workstation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up this workstation</source>
        <translation>Set up this workstation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
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
        <location filename="../app/desk/UsersPage.cpp" line="+32"/>
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
        <location line="+26"/>
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
    <name>casedesk::WorkerProtocol</name>
    <message>
        <location filename="../modules/checks/WorkerProtocol.cpp" line="+236"/>
        <source>This PDF is protected with a password, so CaseDesk cannot look inside it. Ask for a copy without a password.</source>
        <translation>This PDF is protected with a password, so CaseDesk cannot look inside it. Ask for a copy without a password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is empty. Ask for the document again.</source>
        <translation>This file is empty. Ask for the document again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a PDF, JPEG or PNG file. Ask for the document in one of these formats.</source>
        <translation>This file is not a PDF, JPEG or PNG file. Ask for the document in one of these formats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is damaged and cannot be opened. Ask for another copy of the document.</source>
        <translation>This file is damaged and cannot be opened. Ask for another copy of the document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: it is too large. Ask for a smaller copy, for example a scan at a lower resolution.</source>
        <translation>This file could not be analysed: it is too large. Ask for a smaller copy, for example a scan at a lower resolution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: the picture has too many pixels. Ask for a smaller copy, for example a scan at a lower resolution.</source>
        <translation>This file could not be analysed: the picture has too many pixels. Ask for a smaller copy, for example a scan at a lower resolution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: it needs more memory than the analysis may use. Check the paper original.</source>
        <translation>This file could not be analysed: it needs more memory than the analysis may use. Check the paper original.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file could not be analysed: its first page could not be displayed. Check the paper original.</source>
        <translation>This file could not be analysed: its first page could not be displayed. Check the paper original.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file could not be analysed. Check the paper original.</source>
        <translation>This file could not be analysed. Check the paper original.</translation>
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
        <location line="+51"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;casedeskctl --help&apos; for the commands.</source>
        <translation>Run &apos;casedeskctl --help&apos; for the commands.</translation>
    </message>
    <message>
        <location filename="../app/desk/main.cpp" line="+48"/>
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
        <location line="+8"/>
        <location line="+20"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>CaseDesk is already open on this workstation&apos;s data. Switch to that window.</source>
        <translation>CaseDesk is already open on this workstation&apos;s data. Switch to that window.</translation>
    </message>
</context>
</TS>
