<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>ops</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
