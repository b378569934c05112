<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AccessLog</name>
    <message>
        <source>Access log</source>
        <translation>एक्सेस लॉग</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/audit_dialog.py" line="+217"/>
        <source>Access log — {title} — HMS Desktop</source>
        <translation>एक्सेस लॉग — {title} — HMS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading the access log</source>
        <translation>एक्सेस लॉग पढ़ते समय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every view of and change to {name}&apos;s record, newest first.</source>
        <translation>{name} के रिकॉर्ड को हर बार देखा जाना और उसमें हर बदलाव, सबसे नया पहले।</translation>
    </message>
</context>
<context>
    <name>AppointmentsForm</name>
    <message>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>विभाग (&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>डॉक्टर (&amp;O)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day/week (Alt+Left)</source>
        <translation>पिछला दिन/सप्ताह (Alt+Left)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day/week (Alt+Right)</source>
        <translation>अगला दिन/सप्ताह (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>आज (&amp;T)</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>दिन (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>सप्ताह (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Book… (Enter)</source>
        <translation>बुक करें (&amp;B)… (Enter)</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>चेक-इन (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>समय बदलें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>नहीं आए (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation>अपॉइंटमेंट रद्द करें (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/columns.py" line="+29"/>
        <source>{day} (leave)</source>
        <translation>{day} (छुट्टी)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{doctor} (on leave)</source>
        <translation>{doctor} (छुट्टी पर)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{day}
{doctor} (leave)</source>
        <translation>{day}
{doctor} (छुट्टी)</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/view.py" line="+150"/>
        <source>reading departments and doctors</source>
        <translation>विभाग और डॉक्टर पढ़ना</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole department</source>
        <translation>पूरा विभाग</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{doctor} — registration expires soon</source>
        <translation>{doctor} — पंजीकरण जल्द समाप्त होगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{doctor} — registration EXPIRED, cannot be booked</source>
        <translation>{doctor} — पंजीकरण समाप्त, बुक नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>doctor {id}</source>
        <translation>डॉक्टर {id}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading slots</source>
        <translation>स्लॉट पढ़ना</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No slots left on this day</source>
        <translation>इस दिन कोई स्लॉट बाकी नहीं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sessions</source>
        <translation>कोई सत्र नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions on this day: the doctor does not work then or is on leave.</source>
        <translation>इस दिन कोई सत्र नहीं: डॉक्टर उस दिन काम नहीं करते या छुट्टी पर हैं।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} free</source>
        <translation>{n} ख़ाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} booked</source>
        <translation>{n} बुक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} checked in</source>
        <translation>{n} चेक-इन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} completed</source>
        <translation>{n} पूर्ण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} no-show</source>
        <translation>{n} नहीं आए</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/actions.py" line="+78"/>
        <source>Check in</source>
        <translation>चेक-इन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reschedule…</source>
        <translation>समय बदलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark no-show</source>
        <translation>नहीं आए दर्ज करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel appointment…</source>
        <translation>अपॉइंटमेंट रद्द करें…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Booked: {patient} with {doctor}, {when}.</source>
        <translation>बुक हुआ: {patient}, {doctor} के साथ, {when}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: {patient} with {doctor}, {when}.</source>
        <translation>रद्द हुआ: {patient}, {doctor} के साथ, {when}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to: {patient} with {doctor}, {when}.</source>
        <translation>नया समय: {patient}, {doctor} के साथ, {when}।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: {patient} with {doctor}, {when}.</source>
        <translation>सहेजा गया: {patient}, {doctor} के साथ, {when}।</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{patient} marked as no-show ({when}).</source>
        <translation>{patient} को “नहीं आए” दर्ज किया गया ({when})।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marking a no-show</source>
        <translation>“नहीं आए” दर्ज करना</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{patient} checked in: queue token {token}.</source>
        <translation>{patient} का चेक-इन हुआ: कतार टोकन {token}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checking in</source>
        <translation>चेक-इन करना</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/dialogs.py" line="+66"/>
        <source>★ Suggested — {doctor}</source>
        <translation>★ सुझाव — {doctor}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ specialisation matches</source>
        <translation>✓ विशेषज्ञता मेल खाती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} waiting</source>
        <translation>{n} प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen {seen}/{cap} today</source>
        <translation>आज {seen}/{cap} देखे</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>room {room}</source>
        <translation>कमरा {room}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no room set</source>
        <translation>कमरा तय नहीं</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign doctor</source>
        <translation>डॉक्टर तय करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assign</source>
        <translation>तय करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>finding doctors on duty</source>
        <translation>ड्यूटी पर डॉक्टर ढूँढते समय</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pick a doctor from the list.</source>
        <translation>सूची से एक डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigning</source>
        <translation>डॉक्टर तय करते समय</translation>
    </message>
</context>
<context>
    <name>AssignDoctorForm</name>
    <message>
        <source>Assign doctor</source>
        <translation>डॉक्टर तय करें</translation>
    </message>
    <message>
        <source>Doctors on duty now who can take the patient, best first. Enter accepts the highlighted one.</source>
        <translation>अभी ड्यूटी पर डॉक्टर जो रोगी को देख सकते हैं, सबसे उपयुक्त पहले। Enter दबाने पर चुना हुआ डॉक्टर तय होता है।</translation>
    </message>
    <message>
        <source>No doctor is on duty now.</source>
        <translation>अभी कोई डॉक्टर ड्यूटी पर नहीं है।</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/audit_dialog.py" line="-182"/>
        <source>Any action</source>
        <translation>कोई भी कार्रवाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ins</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic settings</source>
        <translation>क्लिनिक सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff accounts</source>
        <translation>स्टाफ़ खाते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list</source>
        <translation>मूल्य सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GST rates</source>
        <translation>GST दरें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical records</source>
        <translation>क्लिनिकल रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audit trail — HMS Desktop</source>
        <translation>ऑडिट ट्रेल — HMS Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the audit trail</source>
        <translation>ऑडिट ट्रेल पढ़ते समय</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counting the audit rows</source>
        <translation>ऑडिट पंक्तियाँ गिनते समय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{shown} shown</source>
        <translation>{shown} पंक्तियाँ दिखाई गईं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>everything</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} shown of more than {total} matching ({filter})</source>
        <translation>{total} से ज़्यादा मिलती पंक्तियों में से {shown} दिखाई गईं ({filter})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} shown of {total} matching ({filter})</source>
        <translation>{total} मिलती पंक्तियों में से {shown} दिखाई गईं ({filter})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the audit rows</source>
        <translation>ऑडिट पंक्तियाँ निर्यात करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>निर्यात हो रहा है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {n} rows to {path}.</source>
        <translation>{n} पंक्तियाँ {path} में निर्यात की गईं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exporting the audit trail</source>
        <translation>ऑडिट ट्रेल निर्यात करते समय</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/audit_model.py" line="+35"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>वर्कस्टेशन</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>system</source>
        <translation>सिस्टम</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>तारीखें (&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>कार्य (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation>रिकॉर्ड का प्रकार (&amp;E)</translation>
    </message>
    <message>
        <source>patient, invoice, staff_user…</source>
        <translation>patient, invoice, staff_user…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>रोगी (&amp;P)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../hms_desktop/gui/backup_status.py" line="+59"/>
        <source>making the daily backup</source>
        <translation>रोज़ का बैकअप बनाना</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location line="+41"/>
        <source>Backups of the embedded database are made at the first start of each day and at quit, and kept 14 days and 12 months. Settings → Back up now makes one at once.</source>
        <translation>इसी कंप्यूटर के डेटाबेस का बैकअप हर दिन पहली बार खोलने पर और बंद करने पर बनता है, और 14 दिन व 12 महीने तक रखा जाता है। सेटिंग्स → अभी बैकअप लें से तुरंत एक बैकअप बनता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backups have not worked for a while: check that the backup folder&apos;s drive or network folder is connected, then use Settings → Back up now.</source>
        <translation>कुछ समय से अपने-आप बैकअप नहीं बन रहे हैं: जाँचें कि बैकअप फ़ोल्डर की ड्राइव या नेटवर्क फ़ोल्डर जुड़ा है, फिर सेटिंग्स → अभी बैकअप लें चुनें।</translation>
    </message>
</context>
<context>
    <name>BannerForm</name>
    <message>
        <source>Connection to the database lost.</source>
        <translation>डेटाबेस से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>फिर से कोशिश करें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>BillErrors</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/bill_errors.py" line="+75"/>
        <source>Line {n}: {message}</source>
        <translation>पंक्ति {n}: {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please correct the lines marked in red.</source>
        <translation>लाल निशान वाली पंक्तियाँ ठीक करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please correct the fields marked in red.</source>
        <translation>लाल निशान वाले खाने ठीक करें।</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/model.py" line="+161"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAC/HSN</source>
        <translation>SAC/HSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc.</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable</source>
        <translation>कर-योग्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GST %</source>
        <translation>GST %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>एक्सपायरी</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exempt</source>
        <translation>छूट-प्राप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nil</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Medicines only, optional: the batch and expiry (MM/YYYY) printed on the strip</source>
        <translation>केवल दवाओं के लिए, वैकल्पिक: स्ट्रिप पर छपा बैच और एक्सपायरी (MM/YYYY)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{description} · SAC/HSN {code}</source>
        <translation>{description} · SAC/HSN {code}</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/bill_panel.py" line="+44"/>
        <source>Select a patient from the pending list.</source>
        <translation>बकाया सूची से रोगी चुनें।</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>reading the clinic&apos;s State and invoice-date rule</source>
        <translation>क्लिनिक का राज्य और इनवॉइस की तारीख का नियम पढ़ते समय</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the price list</source>
        <translation>मूल्य सूची पढ़ते समय</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Discard the bill being built?</source>
        <translation>बन रहा बिल छोड़ दें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved bill — HMS Desktop</source>
        <translation>बिल सहेजा नहीं गया — HMS Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{question}

The bill for {name} has {lines} line(s) and changes that are not billed yet.</source>
        <translation>{question}

{name} के बिल में {lines} पंक्ति(याँ) और ऐसे बदलाव हैं जिनका बिल अभी नहीं बना है।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a patient from the pending list first.</source>
        <translation>पहले बकाया सूची से रोगी चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick an item from the price list (type part of its code or name).</source>
        <translation>मूल्य सूची से आइटम चुनें (उसके कोड या नाम का कुछ हिस्सा लिखें)।</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Creating the bill…</source>
        <translation>बिल बनाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creating the bill</source>
        <translation>बिल बनाते समय</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind} {number} · {total} · paid in full</source>
        <translation>{kind} {number} · {total} · पूरा भुगतान हो गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {number} · {total} · balance {balance}</source>
        <translation>{kind} {number} · {total} · बकाया {balance}</translation>
    </message>
</context>
<context>
    <name>BillingForm</name>
    <message>
        <source>Pending charges</source>
        <translation>बकाया शुल्क</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● लाइव</translation>
    </message>
    <message>
        <source>Today&apos;s documents</source>
        <translation>आज के दस्तावेज़</translation>
    </message>
    <message>
        <source>&amp;Print invoice</source>
        <translation>इनवॉइस प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Reprint &amp;receipt</source>
        <translation>रसीद फिर प्रिंट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Take pa&amp;yment</source>
        <translation>भुगतान लें (&amp;Y)</translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation>क्रेडिट नोट (&amp;N)…</translation>
    </message>
    <message>
        <source>Day cl&amp;ose…</source>
        <translation>दिन बंद करें (&amp;O)…</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Select a patient from the pending list.</source>
        <translation>बकाया सूची से रोगी चुनें।</translation>
    </message>
    <message>
        <source>Add &amp;item:</source>
        <translation>आइटम जोड़ें (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Double-click Qty, Discount or Reason to change them. A discount above the clinic&apos;s limit needs a reason. Ctrl+Enter creates the bill.</source>
        <translation>मात्रा, छूट या कारण बदलने के लिए उस पर डबल-क्लिक करें। क्लिनिक की सीमा से ज़्यादा छूट के लिए कारण ज़रूरी है। Ctrl+Enter से बिल बनता है।</translation>
    </message>
    <message>
        <source>Exempt value</source>
        <translation>छूट-प्राप्त मूल्य</translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation>₹0.00</translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation>कर-योग्य मूल्य</translation>
    </message>
    <message>
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <source>Round off</source>
        <translation>राउंड ऑफ़</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>साफ़ करें (&amp;L)</translation>
    </message>
    <message>
        <source>Print &amp;bill</source>
        <translation>बिल प्रिंट करें (&amp;B)</translation>
    </message>
    <message>
        <source>Take pay&amp;ment</source>
        <translation>भुगतान लें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Create bill</source>
        <translation>बिल बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Paper for invoices and credit notes (receipts print on the 80 mm roll)</source>
        <translation>इनवॉइस और क्रेडिट नोट का कागज़ (रसीदें 80 मिमी रोल पर छपती हैं)</translation>
    </message>
    <message>
        <source>&amp;Takings…</source>
        <translation>कलेक्शन (&amp;T)…</translation>
    </message>
    <message>
        <source>This month&apos;s takings day by day, and today&apos;s by payment mode</source>
        <translation>इस महीने का कलेक्शन दिन-ब-दिन, और आज का भुगतान के तरीके के अनुसार</translation>
    </message>
    <message>
        <source>Day r&amp;eport…</source>
        <translation>दिन की रिपोर्ट (&amp;E)…</translation>
    </message>
    <message>
        <source>Today&apos;s collections by mode, doctor and department, and GST by rate (PDF)</source>
        <translation>आज का कलेक्शन तरीके, डॉक्टर और विभाग के अनुसार, और GST दर के अनुसार (PDF)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात (&amp;X)…</translation>
    </message>
    <message>
        <source>Today&apos;s documents as a CSV file for the accountant</source>
        <translation>आज के दस्तावेज़ लेखाकार के लिए CSV फ़ाइल में</translation>
    </message>
    <message>
        <source>Invoice date:</source>
        <translation>इनवॉइस की तारीख:</translation>
    </message>
    <message>
        <source>Why is this bill dated before today? (kept in the audit log)</source>
        <translation>यह बिल आज से पहले की तारीख का क्यों है? (ऑडिट लॉग में रखा जाता है)</translation>
    </message>
    <message>
        <source>The patient&apos;s State, printed on the bill. Only medicines follow it (IGST for another State, IGST Act s.10(1)(ca)); consultations and procedures are always supplied here (CGST + SGST, s.12(4)).</source>
        <translation>रोगी का राज्य, बिल पर छपता है। केवल दवाएँ इसके अनुसार चलती हैं (दूसरे राज्य के लिए IGST, IGST अधिनियम धारा 10(1)(ca)); परामर्श और प्रक्रियाएँ हमेशा यहीं दी जाती हैं (CGST + SGST, धारा 12(4))।</translation>
    </message>
    <message>
        <source>GSTIN (B2B)</source>
        <translation>GSTIN (B2B)</translation>
    </message>
    <message>
        <source>Company&apos;s legal name (with a GSTIN)</source>
        <translation>कंपनी का वैधानिक नाम (GSTIN के साथ)</translation>
    </message>
    <message>
        <source>Address on the bill (if asked; needed from ₹50,000)</source>
        <translation>बिल पर पता (माँगने पर; ₹50,000 से ज़रूरी)</translation>
    </message>
    <message>
        <source>Prescribed dru&amp;gs…</source>
        <translation>लिखी गई दवाएँ (&amp;G)…</translation>
    </message>
    <message>
        <source>Add the medicines prescribed to this patient today, with batch and expiry</source>
        <translation>इस रोगी को आज लिखी गई दवाएँ बैच और समाप्ति तिथि के साथ जोड़ें</translation>
    </message>
</context>
<context>
    <name>BookAppointment</name>
    <message>
        <source>Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>रोगी खोजें</translation>
    </message>
    <message>
        <source>Name, phone (last 4+ digits), MRN or ABHA</source>
        <translation>नाम, फ़ोन (आख़िरी 4+ अंक), MRN या ABHA</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>optional, e.g. fever for 3 days</source>
        <translation>वैकल्पिक, जैसे 3 दिन से बुख़ार</translation>
    </message>
    <message>
        <source>Next free slots — pick one:</source>
        <translation>अगले ख़ाली स्लॉट — एक चुनें:</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/dialogs.py" line="+64"/>
        <source>Book appointment</source>
        <translation>अपॉइंटमेंट बुक करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>booking</source>
        <translation>बुकिंग</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Book</source>
        <translation>बुक करें (&amp;B)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{doctor} — {start}–{end}  (instead of the taken slot)</source>
        <translation>{doctor} — {start}–{end}  (लिए जा चुके स्लॉट की जगह)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>searching</source>
        <translation>खोजना</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No patient matches. Register them in the Patients tab first.</source>
        <translation>कोई रोगी नहीं मिला। पहले रोगी टैब में उनका पंजीकरण करें।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick the patient (search by name, phone or MRN).</source>
        <translation>रोगी चुनें (नाम, फ़ोन या MRN से खोजें)।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Already booked that day — HMS Desktop</source>
        <translation>उस दिन पहले से बुकिंग है — HMS Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book only if the doctor asked to see the patient twice that day.</source>
        <translation>तभी बुक करें जब डॉक्टर ने रोगी को उस दिन दो बार देखने को कहा हो।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book &amp;anyway</source>
        <translation>फिर भी बुक करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not book</source>
        <translation>बुक न करें (&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not booked: the patient already has a booking that day.</source>
        <translation>बुक नहीं हुआ: उस दिन रोगी की पहले से बुकिंग है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That slot was just taken by another desk. Pick one of the next free slots below, then press Book.</source>
        <translation>यह स्लॉट अभी-अभी दूसरे डेस्क ने ले लिया। नीचे दिए अगले ख़ाली स्लॉट में से एक चुनें, फिर “बुक करें” दबाएँ।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That slot was just taken by another desk. The doctor has no free slot in the next 30 days.</source>
        <translation>यह स्लॉट अभी-अभी दूसरे डेस्क ने ले लिया। अगले 30 दिनों में डॉक्टर का कोई स्लॉट ख़ाली नहीं है।</translation>
    </message>
</context>
<context>
    <name>CancelAppointment</name>
    <message>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Required, e.g. patient called to cancel</source>
        <translation>ज़रूरी, जैसे रोगी ने फ़ोन करके रद्द किया</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/dialogs.py" line="+9"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel &amp;appointment</source>
        <translation>अपॉइंटमेंट रद्द करें (&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>रहने दें (&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patient} with {doctor}, {when}</source>
        <translation>{patient}, {doctor} के साथ, {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reason is required (e.g. patient called to cancel).</source>
        <translation>कारण ज़रूरी है (जैसे रोगी ने फ़ोन करके रद्द किया)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelling the appointment</source>
        <translation>अपॉइंटमेंट रद्द करना</translation>
    </message>
</context>
<context>
    <name>ChangePassword</name>
    <message>
        <source>Choose a new password — HMS Desktop</source>
        <translation>नया पासवर्ड चुनें — HMS Desktop</translation>
    </message>
    <message>
        <source>{}, an administrator set your password. Choose your own now: at least 8 characters, not your username, not a common password.</source>
        <translation>{}, आपका पासवर्ड प्रशासक ने रखा है। अभी अपना पासवर्ड चुनें: कम से कम 8 अक्षर, आपका यूज़रनेम नहीं, कोई आम पासवर्ड नहीं।</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>नया पासवर्ड (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>दोबारा (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/change_password.py" line="+48"/>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग-अलग हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग-अलग हैं। एक ही पासवर्ड दो बार लिखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>changing the password</source>
        <translation>पासवर्ड बदलना</translation>
    </message>
</context>
<context>
    <name>ClinicDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/clinic_dialog.py" line="+91"/>
        <source>reading the clinic settings</source>
        <translation>क्लिनिक सेटिंग्स पढ़ते समय</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the clinic settings</source>
        <translation>क्लिनिक सेटिंग्स सहेजते समय</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. Documents now print as {name}.</source>
        <translation>सहेजा गया। दस्तावेज़ अब {name} के नाम से छपेंगे।</translation>
    </message>
</context>
<context>
    <name>ClinicForm</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/clinic_form.py" line="+41"/>
        <source>Tax invoices</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bills of supply</source>
        <translation>बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice-cum-bills of supply</source>
        <translation>इनवॉइस-कम-बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the State or Union Territory…</source>
        <translation>राज्य या केंद्र शासित प्रदेश चुनें…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One token series for the clinic</source>
        <translation>पूरे क्लिनिक के लिए एक टोकन सीरीज़</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token series per department</source>
        <translation>हर विभाग की अपनी टोकन सीरीज़</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{n} number(s) issued this financial year: the prefix can change from the next one.</source>
        <translation>इस वित्त वर्ष में {n} नंबर जारी हो चुके हैं: उपसर्ग अगले वित्त वर्ष से बदला जा सकता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters or digits, starting with a letter; fixed once a number is issued this year.</source>
        <translation>अक्षर या अंक, पहला अक्षर हो; इस वर्ष एक नंबर जारी होते ही तय हो जाता है।</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the clinic&apos;s logo</source>
        <translation>क्लिनिक का लोगो चुनें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>चित्र (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
</context>
<context>
    <name>ClinicIdentityForm</name>
    <message>
        <source>Clinic identity</source>
        <translation>क्लिनिक की पहचान</translation>
    </message>
    <message>
        <source>Legal name *</source>
        <translation>कानूनी नाम *</translation>
    </message>
    <message>
        <source>as registered for GST / with the Clinical Establishments register</source>
        <translation>जैसा GST / क्लिनिकल एस्टेब्लिशमेंट रजिस्टर में दर्ज है</translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <source>the name patients know, if different</source>
        <translation>वह नाम जिससे रोगी जानते हैं, अगर अलग हो</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>building, street</source>
        <translation>भवन, गली</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>पता पंक्ति 2</translation>
    </message>
    <message>
        <source>area, landmark</source>
        <translation>इलाका, पहचान का स्थान</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>six digits: the city and State are suggested from it</source>
        <translation>छह अंक: इससे शहर और राज्य सुझाए जाते हैं</translation>
    </message>
    <message>
        <source>State / UT *</source>
        <translation>राज्य / केंद्र शासित प्रदेश *</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>leave empty for an unregistered clinic (bills of supply only)</source>
        <translation>अपंजीकृत क्लिनिक के लिए ख़ाली छोड़ें (केवल बिल ऑफ़ सप्लाई)</translation>
    </message>
    <message>
        <source>Establishment reg. no.</source>
        <translation>संस्थान पंजीकरण सं.</translation>
    </message>
    <message>
        <source>Clinical Establishments Act registration</source>
        <translation>क्लिनिकल एस्टेब्लिशमेंट एक्ट के तहत पंजीकरण</translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation>UPI ID</translation>
    </message>
    <message>
        <source>e.g. ashaclinic@okhdfcbank: a QR code on bills with a balance due</source>
        <translation>जैसे ashaclinic@okhdfcbank: बकाया वाले बिलों पर QR कोड</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>Logo (PNG/JPEG)</source>
        <translation>लोगो (PNG/JPEG)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>लोगो चुनें (&amp;L)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsForm</name>
    <message>
        <source>Clinic — HMS Desktop</source>
        <translation>क्लिनिक — HMS Desktop</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>पहचान (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Numbering</source>
        <translation>नंबरिंग (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ComplaintTester</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_rules.py" line="+265"/>
        <source>Type a complaint to see which active rules match.</source>
        <translation>कौन-से सक्रिय नियम मेल खाते हैं, यह देखने के लिए शिकायत लिखें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matching rules:</source>
        <translation>मेल खाते नियम:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested doctor: {specialisation}</source>
        <translation>सुझाए गए डॉक्टर: {specialisation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active rule matches: the patient starts at green until the nurse adds pain or vitals.</source>
        <translation>कोई सक्रिय नियम मेल नहीं खाता: जब तक नर्स दर्द या वाइटल्स न जोड़े, रोगी हरे स्तर से शुरू होता है।</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/banner.py" line="+32"/>
        <source>Connection to the database lost — {detail}</source>
        <translation>डेटाबेस से कनेक्शन टूट गया — {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection to the database lost.</source>
        <translation>डेटाबेस से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Retry</source>
        <translation>फिर से कोशिश करें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/connection.py" line="+48"/>
        <source>Embedded (this computer)
SQLite file</source>
        <translation>इसी कंप्यूटर पर
SQLite फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite file</source>
        <translation>SQLite फ़ाइल</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected to {profile}.</source>
        <translation>{profile} से कनेक्ट हो गया।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HMS Desktop — Database connection</source>
        <translation>HMS Desktop — डेटाबेस कनेक्शन</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Connecting to {profile}…</source>
        <translation>{profile} से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>testing the connection</source>
        <translation>कनेक्शन जाँचना</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile saved.</source>
        <translation>प्रोफ़ाइल सहेजी गई।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>प्रोफ़ाइल सहेजी गई; पासवर्ड सिस्टम कीचेन में है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile saved; the passwords are in the system keychain.</source>
        <translation>प्रोफ़ाइल सहेजी गई; पासवर्ड सिस्टम कीचेन में हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile saved, but not the password: {reason}</source>
        <translation>प्रोफ़ाइल सहेजी गई, पर पासवर्ड नहीं: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Database connection</source>
        <translation>डेटाबेस कनेक्शन</translation>
    </message>
    <message>
        <source>Choose where this desk keeps its data: the embedded database on this computer, or the clinic&apos;s PostgreSQL or Oracle server. Passwords are kept in the system keychain, never in a file.</source>
        <translation>चुनें कि यह डेस्क अपना डेटा कहाँ रखे: इसी कंप्यूटर के डेटाबेस में, या क्लिनिक के PostgreSQL या Oracle सर्वर पर। पासवर्ड सिस्टम कीचेन में रखे जाते हैं, कभी किसी फ़ाइल में नहीं।</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>प्रोफ़ाइल (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>नाम (&amp;A)</translation>
    </message>
    <message>
        <source>e.g. clinic-server</source>
        <translation>जैसे clinic-server</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>बैकएंड (&amp;B)</translation>
    </message>
    <message>
        <source>Connect b&amp;y</source>
        <translation>कनेक्ट करने का तरीका (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>होस्ट (&amp;H)</translation>
    </message>
    <message>
        <source>server name or IP address</source>
        <translation>सर्वर का नाम या IP पता</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>पोर्ट (&amp;O)</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>डेटाबेस (&amp;B)</translation>
    </message>
    <message>
        <source>Wa&amp;llet folder</source>
        <translation>वॉलेट फ़ोल्डर (&amp;L)</translation>
    </message>
    <message>
        <source>unzipped wallet, with ewallet.pem</source>
        <translation>अनज़िप किया वॉलेट, ewallet.pem सहित</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;TNS folder</source>
        <translation>TNS फ़ोल्डर (&amp;T)</translation>
    </message>
    <message>
        <source>the folder holding tnsnames.ora (TNS_ADMIN)</source>
        <translation>tnsnames.ora वाला फ़ोल्डर (TNS_ADMIN)</translation>
    </message>
    <message>
        <source>TNS al&amp;ias</source>
        <translation>TNS उपनाम (&amp;I)</translation>
    </message>
    <message>
        <source>Wallet pa&amp;ssword</source>
        <translation>वॉलेट पासवर्ड (&amp;S)</translation>
    </message>
    <message>
        <source>if it has one; kept in the keychain</source>
        <translation>अगर हो; कीचेन में रखा जाता है</translation>
    </message>
    <message>
        <source>&amp;SSL mode</source>
        <translation>SSL मोड (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation>CA फ़ाइल (&amp;C)</translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate (sslrootcert)</source>
        <translation>सर्वर का CA प्रमाणपत्र (sslrootcert)</translation>
    </message>
    <message>
        <source>Client cer&amp;tificate</source>
        <translation>क्लाइंट प्रमाणपत्र (&amp;T)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>केवल अगर सर्वर माँगे</translation>
    </message>
    <message>
        <source>Client &amp;key</source>
        <translation>क्लाइंट की (&amp;K)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s key file</source>
        <translation>क्लाइंट प्रमाणपत्र की key फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>सिस्टम कीचेन में रखा जाता है</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>स्कीमा (&amp;M)</translation>
    </message>
    <message>
        <source>the owner&apos;s schema, when the DBA set one up</source>
        <translation>मालिक का स्कीमा, अगर DBA ने बनाया हो</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>प्रोफ़ाइल सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation>यह कनेक्शन इस्तेमाल करें (&amp;U)</translation>
    </message>
</context>
<context>
    <name>ConsultForm</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/consult_form.py" line="+53"/>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic</source>
        <translation>सिस्टोलिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic</source>
        <translation>डायस्टोलिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>ग्लूकोज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>दर्द</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Procedures ({n})…</source>
        <translation>प्रक्रियाएँ ({n})…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedures…</source>
        <translation>प्रक्रियाएँ…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not a number.</source>
        <translation>यह संख्या नहीं है।</translation>
    </message>
</context>
<context>
    <name>ConsultLauncher</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/consult_launcher.py" line="+56"/>
        <source>Token {token}: consultation opened.</source>
        <translation>टोकन {token}: परामर्श खोला गया।</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>Opening…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>ALLERGIES: …</source>
        <translation>एलर्जी: …</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Vitals (from triage; edit to correct)</source>
        <translation>वाइटल्स (ट्राइएज से; सुधारने के लिए बदलें)</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/मिनट</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>BP</translation>
    </message>
    <message>
        <source>sys</source>
        <translation>sys</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>dia</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>Temp</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <source>Wt</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Gluc</source>
        <translation>ग्लूकोज़</translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>दर्द</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation>शिकायत (&amp;C)</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>मुख्य शिकायत</translation>
    </message>
    <message>
        <source>&amp;S — Subjective</source>
        <translation>S — सब्जेक्टिव (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;O — Objective</source>
        <translation>O — ऑब्जेक्टिव (&amp;O)</translation>
    </message>
    <message>
        <source>History, symptoms, what the patient says</source>
        <translation>इतिहास, लक्षण, रोगी क्या बताते हैं</translation>
    </message>
    <message>
        <source>Examination findings</source>
        <translation>जाँच के निष्कर्ष</translation>
    </message>
    <message>
        <source>&amp;A — Assessment</source>
        <translation>A — आकलन (&amp;A)</translation>
    </message>
    <message>
        <source>P — P&amp;lan</source>
        <translation>P — योजना (&amp;L)</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>निदान का अनुमान</translation>
    </message>
    <message>
        <source>Investigations, treatment, referral</source>
        <translation>जाँचें, उपचार, रेफ़रल</translation>
    </message>
    <message>
        <source>Diagnoses — ICD-10 (first is primary)</source>
        <translation>निदान — ICD-10 (पहला मुख्य है)</translation>
    </message>
    <message>
        <source>℞  Prescription</source>
        <translation>℞  पर्चा</translation>
    </message>
    <message>
        <source>Ad&amp;vice</source>
        <translation>सलाह (&amp;V)</translation>
    </message>
    <message>
        <source>Advice printed on the prescription (diet, rest, warning signs)</source>
        <translation>पर्चे पर छपने वाली सलाह (आहार, आराम, ख़तरे के संकेत)</translation>
    </message>
    <message>
        <source>Follow-&amp;up on</source>
        <translation>फ़ॉलो-अप की तारीख (&amp;U)</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>कागज़ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Warnings checked — complete anyway</source>
        <translation>चेतावनियाँ देख लीं — फिर भी पूरा करें (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation>ड्राफ़्ट सहेजें (&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the notes on the server; the visit stays open</source>
        <translation>नोट्स सर्वर पर सहेजें; विज़िट खुली रहती है</translation>
    </message>
    <message>
        <source>Co&amp;mplete &amp;&amp; print (Ctrl+Shift+Enter)</source>
        <translation>पूरा करें और प्रिंट करें (&amp;M) (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Finish the visit: diagnoses, prescription, charges for the cashier</source>
        <translation>विज़िट पूरी करें: निदान, पर्चा, कैशियर के लिए शुल्क</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Diagnosis: ICD-10 code or words (e.g. J06, upper resp) — Enter adds</source>
        <translation>निदान: ICD-10 कोड या शब्द (जैसे J06, upper resp) — Enter से जुड़ता है</translation>
    </message>
    <message>
        <source>Add what you typed as an uncoded diagnosis</source>
        <translation>जो लिखा है उसे बिना कोड के निदान के रूप में जोड़ें</translation>
    </message>
    <message>
        <source>Add as &amp;free text</source>
        <translation>मुक्त पाठ के रूप में जोड़ें (&amp;F)</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>मुख्य बनाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Ctrl+L; Tab moves across cells, Ctrl+Enter adds a line</source>
        <translation>Ctrl+L; Tab से अगले खाने में, Ctrl+Enter से नई पंक्ति</translation>
    </message>
    <message>
        <source>&amp;Add line (Ctrl+Enter)</source>
        <translation>पंक्ति जोड़ें (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete)</source>
        <translation>मौजूदा पंक्ति हटाएँ (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>Qty in grey is computed; type to override.</source>
        <translation>धूसर मात्रा गणना से आई है; बदलने के लिए लिखें।</translation>
    </message>
    <message>
        <source>Procedures done in the room, charged with the consultation</source>
        <translation>कमरे में की गई प्रक्रियाएँ, परामर्श के साथ शुल्क</translation>
    </message>
    <message>
        <source>Procedures…</source>
        <translation>प्रक्रियाएँ…</translation>
    </message>
    <message>
        <source>F8, then the number: insert a favourite prescription. Ctrl+Shift+S saves one.</source>
        <translation>F8, फिर संख्या: पसंदीदा पर्चा डालें। Ctrl+Shift+S से सहेजें।</translation>
    </message>
    <message>
        <source>Favourites (F8)…</source>
        <translation>पसंदीदा (F8)…</translation>
    </message>
    <message>
        <source>Why, despite the allergy?</source>
        <translation>एलर्जी के बावजूद क्यों?</translation>
    </message>
</context>
<context>
    <name>ConsultationWorkspace</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/workspace.py" line="+88"/>
        <source>Consultation — HMS Desktop</source>
        <translation>परामर्श — HMS Desktop</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft — in consultation</source>
        <translation>ड्राफ़्ट — परामर्श जारी</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Opening the consultation…</source>
        <translation>परामर्श खुल रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opening the consultation</source>
        <translation>परामर्श खोलना</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading how long drafts are kept</source>
        <translation>ड्राफ़्ट कितने दिन रखे जाते हैं, यह पढ़ना</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the clinic&apos;s diagnosis codes</source>
        <translation>क्लिनिक के निदान कोड पढ़ना</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This consultation is completed; amend the prescription instead.</source>
        <translation>यह परामर्श पूरा हो चुका है; इसके बजाय पर्चे में संशोधन करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the consultation</source>
        <translation>परामर्श नहीं खुल सका</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your unsaved notes are back. Save or complete to keep them on the server.</source>
        <translation>आपके बिना सहेजे नोट्स वापस आ गए। इन्हें सर्वर पर रखने के लिए सहेजें या पूरा करें।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reading the drug list</source>
        <translation>दवा सूची पढ़ना</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/closing.py" line="+45"/>
        <source>None — reduce the dues</source>
        <translation>कोई नहीं — बकाया घटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash refund</source>
        <translation>नकद रिफ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card refund</source>
        <translation>कार्ड रिफ़ंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI refund</source>
        <translation>UPI रिफ़ंड</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Issuing the credit note…</source>
        <translation>क्रेडिट नोट जारी किया जा रहा है…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>इनवॉइस में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>क्रेडिट हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To credit</source>
        <translation>क्रेडिट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount ≈</source>
        <translation>राशि ≈</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit note — HMS Desktop</source>
        <translation>क्रेडिट नोट — HMS Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{invoice} · paid {paid} · due {due}</source>
        <translation>{invoice} · भुगतान {paid} · बकाया {due}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issue credit note</source>
        <translation>क्रेडिट नोट जारी करें (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. medicine returned unopened</source>
        <translation>जैसे दवा बिना खोले लौटाई गई</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Credit ≈ {amount} (the issued note has the exact amount, rounded to the rupee)</source>
        <translation>क्रेडिट ≈ {amount} (जारी नोट में सही राशि होगी, रुपये तक पूर्णांकित)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a quantity to credit on a line, or tick Full credit.</source>
        <translation>किसी पंक्ति पर क्रेडिट की मात्रा डालें, या पूरा क्रेडिट पर टिक करें।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a quantity to credit on at least one line, or tick Full credit.</source>
        <translation>कम से कम एक पंक्ति पर क्रेडिट की मात्रा डालें, या पूरा क्रेडिट पर टिक करें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issuing a credit note</source>
        <translation>क्रेडिट नोट जारी करते समय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note {number} issued: {amount}, refunded by cash.</source>
        <translation>क्रेडिट नोट {number} जारी हुआ: {amount}, नकद में लौटाया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note {number} issued: {amount}, refunded by card.</source>
        <translation>क्रेडिट नोट {number} जारी हुआ: {amount}, कार्ड में लौटाया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note {number} issued: {amount}, refunded by UPI.</source>
        <translation>क्रेडिट नोट {number} जारी हुआ: {amount}, UPI से लौटाया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note {number} issued: {amount}, refunded by {mode}.</source>
        <translation>क्रेडिट नोट {number} जारी हुआ: {amount}, {mode} से लौटाया गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit note {number} issued: {amount}, taken off the dues.</source>
        <translation>क्रेडिट नोट {number} जारी हुआ: {amount}, बकाया से घटाया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note {number}</source>
        <translation>क्रेडिट नोट {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>making the credit note</source>
        <translation>क्रेडिट नोट बनाते समय</translation>
    </message>
</context>
<context>
    <name>CreditNoteForm</name>
    <message>
        <source>Credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <source>&amp;Lines to credit</source>
        <translation>क्रेडिट करने वाली पंक्तियाँ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Full credit (everything not yet credited)</source>
        <translation>पूरा क्रेडिट (जो अभी क्रेडिट नहीं हुआ, सब) (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>रिफ़ंड (&amp;F)</translation>
    </message>
    <message>
        <source>Patient&apos;s a&amp;ddress</source>
        <translation>रोगी का पता (&amp;D)</translation>
    </message>
    <message>
        <source>Printed on the note with the State (Rule 53): needed when the bill has none</source>
        <translation>राज्य के साथ नोट पर छपता है (नियम 53): ज़रूरी जब बिल पर पता न हो</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../hms_desktop/gui/data_menu.py" line="+28"/>
        <source>&amp;Import patients, doctors or prices…</source>
        <translation>रोगी, डॉक्टर या दरें आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backing up…</source>
        <translation>बैकअप बन रहा है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up and verified: {path}</source>
        <translation>बैकअप बना और जाँचा गया: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup failed</source>
        <translation>बैकअप नहीं बन सका</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backing up</source>
        <translation>बैकअप बनाना</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/day_close.py" line="+43"/>
        <source>Day close</source>
        <translation>दिन बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Closing the day…</source>
        <translation>दिन बंद किया जा रहा है…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Day close — HMS Desktop</source>
        <translation>दिन बंद — HMS Desktop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Needed when a count differs, e.g. ₹10 short: change given twice</source>
        <translation>गिनती में अंतर हो तो ज़रूरी, जैसे ₹10 कम: वापसी दो बार दी गई</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · {date} · loading…</source>
        <translation>{name} · {date} · लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the day&apos;s takings</source>
        <translation>दिन का कलेक्शन पढ़ते समय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} · {date} · {payments} payment(s), {refunds} refund(s)</source>
        <translation>{name} · {date} · {payments} भुगतान, {refunds} रिफ़ंड</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} charge(s) are still waiting for a bill.</source>
        <translation>{n} शुल्क अभी भी बिल की प्रतीक्षा में हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} of your bills have {amount} due ({bills}).</source>
        <translation>आपके {n} बिलों पर {amount} बकाया है ({bills})।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can close the day anyway; they stay open.</source>
        <translation>आप फिर भी दिन बंद कर सकते हैं; ये खुले रहेंगे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This day is closed already.</source>
        <translation>यह दिन पहले ही बंद हो चुका है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Show expected</source>
        <translation>अपेक्षित राशि दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close day</source>
        <translation>दिन बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the cash counted in rupees.</source>
        <translation>गिना गया नकद रुपयों में डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the card counted in rupees.</source>
        <translation>गिनी गई कार्ड राशि रुपयों में डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the UPI counted in rupees.</source>
        <translation>गिनी गई UPI राशि रुपयों में डालें।</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>closing the day</source>
        <translation>दिन बंद करते समय</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day closed at {time} — difference {amount}</source>
        <translation>दिन {time} बजे बंद हुआ — अंतर {amount}</translation>
    </message>
</context>
<context>
    <name>DayCloseForm</name>
    <message>
        <source>Day close</source>
        <translation>दिन बंद</translation>
    </message>
    <message>
        <source>Count &amp;blind: enter what you counted first, then see what was expected</source>
        <translation>बिना देखे गिनें (&amp;B): पहले जितना गिना वह डालें, फिर अपेक्षित राशि देखें</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Counted ₹</source>
        <translation>गिना गया ₹</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>नकद (&amp;C)</translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation>₹0.00</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>कार्ड (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;UPI</source>
        <translation>UPI (&amp;U)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/dialogs.py" line="+60"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit department</source>
        <translation>विभाग बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New department</source>
        <translation>नया विभाग</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closing time must be after opening time.</source>
        <translation>बंद होने का समय खुलने के समय के बाद होना चाहिए।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>saving the department</source>
        <translation>विभाग सहेजना</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>e.g. General Medicine</source>
        <translation>जैसे General Medicine</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>e.g. GM</source>
        <translation>जैसे GM</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>खुलता है</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>बंद होता है</translation>
    </message>
    <message>
        <source>Active (accepting appointments)</source>
        <translation>सक्रिय (अपॉइंटमेंट ले रहा है)</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/model.py" line="+106"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../hms_desktop/gui/app.py" line="+110"/>
        <source>No password is stored for {profile}. Enter it under Connection….</source>
        <translation>{profile} का कोई पासवर्ड सहेजा नहीं गया है। इसे कनेक्शन… में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Opening the database…</source>
        <translation>डेटाबेस खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>opening the database</source>
        <translation>डेटाबेस खोलना</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use Connection… to choose or fix the database.</source>
        <translation>डेटाबेस चुनने या ठीक करने के लिए &quot;कनेक्शन…&quot; का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The clinic is set up. Sign in to start.</source>
        <translation>क्लिनिक तैयार है। शुरू करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the settings</source>
        <translation>सेटिंग्स पढ़ना</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/discard_guard.py" line="+157"/>
        <source>Discard the {what}? — HMS Desktop</source>
        <translation>{what} छोड़ दें? — HMS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {what} has input that is not saved.</source>
        <translation>{what} में लिखी जानकारी अभी सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard what you typed, or keep editing?</source>
        <translation>जो लिखा है उसे छोड़ दें, या लिखना जारी रखें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>छोड़ दें (&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep editing</source>
        <translation>लिखना जारी रखें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <location filename="../../hms_desktop/gui/display/controller.py" line="+83"/>
        <source>reading the waiting-room board</source>
        <translation>प्रतीक्षा-कक्ष का बोर्ड पढ़ते समय</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../hms_desktop/gui/display/window.py" line="+54"/>
        <source>Waiting room display</source>
        <translation>प्रतीक्षा-कक्ष डिस्प्ले</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/dialogs.py" line="+4"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit {name}</source>
        <translation>{name} का विवरण बदलें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New doctor</source>
        <translation>नया डॉक्टर</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pick the doctor&apos;s department (add one first if none).</source>
        <translation>डॉक्टर का विभाग चुनें (कोई विभाग न हो तो पहले जोड़ें)।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>saving the doctor</source>
        <translation>डॉक्टर का विवरण सहेजना</translation>
    </message>
</context>
<context>
    <name>DoctorForm</name>
    <message>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Dr. …</source>
        <translation>Dr. …</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <source>e.g. MBBS, MD (General Medicine)</source>
        <translation>जैसे MBBS, MD (General Medicine)</translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <source>e.g. KMC-104233</source>
        <translation>जैसे KMC-104233</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>काउंसिल</translation>
    </message>
    <message>
        <source>e.g. Karnataka Medical Council</source>
        <translation>जैसे Karnataka Medical Council</translation>
    </message>
    <message>
        <source>Registration expiry</source>
        <translation>पंजीकरण की समाप्ति</translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation>परामर्श शुल्क</translation>
    </message>
    <message>
        <source>₹ </source>
        <translation>₹ </translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <source> patients/day</source>
        <translation> रोगी/दिन</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>कमरा</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>optional, 10-digit mobile</source>
        <translation>वैकल्पिक, 10 अंकों का मोबाइल</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation>सक्रिय (बुक किया जा सकता है)</translation>
    </message>
</context>
<context>
    <name>DoctorTableModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/model.py" line="-68"/>
        <source>{number} — EXPIRED {date}</source>
        <translation>{number} — {date} को समाप्त हो चुका</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} — expires today ({date})</source>
        <translation>{number} — आज समाप्त हो रहा है ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} — expires in {days} day ({date})</source>
        <translation>{number} — {days} दिन में समाप्त होगा ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} — expires in {days} days ({date})</source>
        <translation>{number} — {days} दिन में समाप्त होगा ({date})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} (to {date})</source>
        <translation>{number} ({date} तक)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily cap</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>कमरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
</context>
<context>
    <name>DoctorsForm</name>
    <message>
        <source>Doctors</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>विभाग जोड़ें…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Add doctor…</source>
        <translation>डॉक्टर जोड़ें…</translation>
    </message>
    <message>
        <source>Weekly schedule…</source>
        <translation>साप्ताहिक समय-सारणी…</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>छुट्टी…</translation>
    </message>
</context>
<context>
    <name>DoctorsTab</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/view.py" line="+122"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the doctors</source>
        <translation>डॉक्टरों की सूची पढ़ना</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} departments</source>
        <translation>{n} विभाग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} registration EXPIRED</source>
        <translation>{n} पंजीकरण समाप्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} registrations EXPIRED</source>
        <translation>{n} पंजीकरण समाप्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} active doctor</source>
        <translation>{n} सक्रिय डॉक्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} active doctors</source>
        <translation>{n} सक्रिय डॉक्टर</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Select a doctor first, then open the weekly schedule.</source>
        <translation>पहले डॉक्टर चुनें, फिर साप्ताहिक समय-सारणी खोलें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a doctor first, then record the leave.</source>
        <translation>पहले डॉक्टर चुनें, फिर छुट्टी दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/model.py" line="+85"/>
        <source>Void</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>चुकता</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location line="-261"/>
        <source>Tax invoice</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill of supply</source>
        <translation>बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice-cum-bill of supply</source>
        <translation>इनवॉइस-कम-बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>बकाया</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/documents_panel.py" line="+39"/>
        <source>Invoice on A5</source>
        <translation>इनवॉइस A5 पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice on A4</source>
        <translation>इनवॉइस A4 पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice on 80 mm roll</source>
        <translation>इनवॉइस 80 मिमी रोल पर</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>checking the day close</source>
        <translation>दिन बंद की जाँच करते समय</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>● Live</source>
        <translation>● लाइव</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ Offline</source>
        <translation>○ ऑफ़लाइन</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the cashier&apos;s lists</source>
        <translation>कैशियर की सूचियाँ पढ़ते समय</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{patients} patient(s), {charges} charge(s) waiting</source>
        <translation>{patients} रोगी, {charges} शुल्क बाकी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waiting.</source>
        <translation>कुछ बाकी नहीं।</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{number} has nothing due.</source>
        <translation>{number} पर कुछ बकाया नहीं है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Your day is closed: no more payments today.</source>
        <translation>आपका दिन बंद हो चुका है: आज और भुगतान नहीं लिए जा सकते।</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+59"/>
        <source>making the receipt</source>
        <translation>रसीद बनाते समय</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>making the invoice</source>
        <translation>इनवॉइस बनाते समय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No payment has been taken against {number}.</source>
        <translation>{number} पर अभी तक कोई भुगतान नहीं लिया गया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {number} (duplicate)</source>
        <translation>रसीद {number} (डुप्लिकेट)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/draft_keeper.py" line="+92"/>
        <source>Restore your unsaved notes from {time}?</source>
        <translation>{time} के बिना सहेजे नोट्स वापस लाएँ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore your unsaved notes from {time} on {day}?</source>
        <translation>{day} को {time} के बिना सहेजे नोट्स वापस लाएँ?</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/duplicates.py" line="+44"/>
        <source>same name</source>
        <translation>एक ही नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>मिलता-जुलता नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>एक ही फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth</source>
        <translation>एक ही जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar age</source>
        <translation>मिलती-जुलती आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same age</source>
        <translation>एक ही आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same sex</source>
        <translation>एक ही लिंग</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>age ?</source>
        <translation>आयु ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone</source>
        <translation>फ़ोन नहीं</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>looking for duplicates</source>
        <translation>दोहरे रिकॉर्ड खोजना</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Possible duplicates ({n})</source>
        <translation>संभावित दोहरे रिकॉर्ड ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates</source>
        <translation>संभावित दोहरे रिकॉर्ड</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <location line="-93"/>
        <source>This looks like {name} ({mrn}, {sex}, {age}, {phone}): {reasons}. {more} more look alike.</source>
        <translation>यह {name} ({mrn}, {sex}, {age}, {phone}) जैसा लगता है: {reasons}। {more} और रोगी मिलते-जुलते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This looks like {name} ({mrn}, {sex}, {age}, {phone}): {reasons}.</source>
        <translation>यह {name} ({mrn}, {sex}, {age}, {phone}) जैसा लगता है: {reasons}।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why this is a different patient (it is recorded).</source>
        <translation>बताएँ कि यह अलग रोगी क्यों है (यह दर्ज किया जाता है)।</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestionForm</name>
    <message>
        <source>Already registered? — HMS Desktop</source>
        <translation>पहले से पंजीकृत? — HMS Desktop</translation>
    </message>
    <message>
        <source>To save as a new patient, say why:</source>
        <translation>नए रोगी के रूप में सहेजने के लिए कारण बताएँ:</translation>
    </message>
    <message>
        <source>Why is this a different patient? e.g. twin brother, same phone</source>
        <translation>यह अलग रोगी क्यों है? जैसे जुड़वाँ भाई, एक ही फ़ोन</translation>
    </message>
    <message>
        <source>&amp;Use the existing patient</source>
        <translation>पहले से दर्ज रोगी चुनें (&amp;U)</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>नए के रूप में सहेजें (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>फ़ॉर्म पर वापस (&amp;B)</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/favourites.py" line="+80"/>
        <source>Favourites could not be read: {error}</source>
        <translation>पसंदीदा पढ़े नहीं जा सके: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading your favourite prescriptions</source>
        <translation>आपके पसंदीदा पर्चे पढ़ना</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No favourites yet: write the lines, then Ctrl+Shift+S</source>
        <translation>अभी कोई पसंदीदा नहीं: पंक्तियाँ लिखें, फिर Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save these lines as a favourite…</source>
        <translation>इन पंक्तियों को पसंदीदा के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete a favourite</source>
        <translation>पसंदीदा हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{name}” inserted: 1 line from line {first}.</source>
        <translation>“{name}” डाला गया: पंक्ति {first} से 1 पंक्ति।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” inserted: {n} lines from line {first}.</source>
        <translation>“{name}” डाला गया: पंक्ति {first} से {n} पंक्तियाँ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the lines first, then save them as a favourite (Ctrl+Shift+S).</source>
        <translation>पहले पंक्तियाँ लिखें, फिर उन्हें पसंदीदा के रूप में सहेजें (Ctrl+Shift+S)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as a favourite</source>
        <translation>पसंदीदा के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for these {n} lines (e.g. URTI adult):</source>
        <translation>इन {n} पंक्तियों का नाम (जैसे URTI adult):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as your favourite “{name}” ({n} lines).</source>
        <translation>आपके पसंदीदा “{name}” के रूप में सहेजा गया ({n} पंक्तियाँ)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You already have a favourite named “{name}”. Replace its lines with these?</source>
        <translation>“{name}” नाम का पसंदीदा पहले से है। क्या उसकी पंक्तियों को इनसे बदलें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving the favourite</source>
        <translation>पसंदीदा सहेजना</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete your favourite “{name}”?</source>
        <translation>अपना पसंदीदा “{name}” हटाएँ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Favourite “{name}” deleted.</source>
        <translation>पसंदीदा “{name}” हटाया गया।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleting the favourite</source>
        <translation>पसंदीदा हटाना</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Favourites</source>
        <translation>पसंदीदा</translation>
    </message>
</context>
<context>
    <name>FieldAids</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/field_aids.py" line="+76"/>
        <source>An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX).</source>
        <translation>ABHA नंबर में 14 अंक होते हैं (XX-XXXX-XXXX-XXXX)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {warning}</source>
        <translation>चेतावनी: {warning}</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/field_errors.py" line="+41"/>
        <source>Please correct the fields marked in red.</source>
        <translation>कृपया लाल रंग से चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
</context>
<context>
    <name>FieldInputs</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/field_inputs.py" line="+44"/>
        <source>At most {limit} characters: the rest was not taken.</source>
        <translation>अधिकतम {limit} अक्षर: बाकी नहीं लिए गए।</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/first_admin.py" line="+24"/>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HMS Desktop — First administrator</source>
        <translation>HMS Desktop — पहला प्रशासक</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग-अलग हैं। एक ही पासवर्ड दो बार लिखें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the administrator…</source>
        <translation>प्रशासक बनाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>creating the first administrator</source>
        <translation>पहला प्रशासक बनाना</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the first administrator</source>
        <translation>पहला प्रशासक बनाएँ</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. The administrator you create here signs in first and adds the other users (reception, nurses, doctors, cashiers).</source>
        <translation>इस डेटाबेस में अभी कोई स्टाफ़ खाता नहीं है। यहाँ बनाया गया प्रशासक पहले साइन इन करता है और बाकी उपयोगकर्ताओं (रिसेप्शन, नर्स, डॉक्टर, कैशियर) को जोड़ता है।</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>उपयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>जैसे admin</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>पूरा नाम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>पासवर्ड दोबारा (&amp;R)</translation>
    </message>
    <message>
        <source>At least 8 characters, not the username.</source>
        <translation>कम से कम 8 अक्षर, उपयोगकर्ता नाम नहीं।</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;reate administrator</source>
        <translation>प्रशासक बनाएँ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/form_dialog.py" line="+76"/>
        <location filename="../../hms_desktop/gui/tabs/doctors/form_dialog.py" line="+59"/>
        <source>{title} — HMS Desktop</source>
        <translation>{title} — HMS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving</source>
        <translation>सहेजते समय</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/form_dialog.py" line="+18"/>
        <source>reading</source>
        <translation>विवरण पढ़ना</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please correct the fields marked in red.</source>
        <translation>कृपया लाल रंग में चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>GstRate</name>
    <message>
        <source>Add a GST rate</source>
        <translation>GST दर जोड़ें</translation>
    </message>
    <message>
        <source>Tax &amp;class</source>
        <translation>कर वर्ग (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rate (%)</source>
        <translation>दर (%) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Exempt supply (rate 0)</source>
        <translation>छूट-प्राप्त आपूर्ति (दर 0) (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SAC/HSN</source>
        <translation>SAC/HSN (&amp;S)</translation>
    </message>
    <message>
        <source>needed for a new class</source>
        <translation>नए वर्ग के लिए ज़रूरी</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
</context>
<context>
    <name>IcdPicker</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/icd_picker.py" line="+25"/>
        <source>free text, not coded</source>
        <translation>मुक्त पाठ, कोड नहीं</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A category: a more specific code exists</source>
        <translation>यह एक श्रेणी है: इससे सटीक कोड मौजूद है</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Primary diagnosis</source>
        <translation>मुख्य निदान</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make primary with Alt+P</source>
        <translation>Alt+P से मुख्य बनाएँ</translation>
    </message>
</context>
<context>
    <name>IdleLockForm</name>
    <message>
        <source>Screen locked</source>
        <translation>स्क्रीन लॉक है</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>उपयोगकर्ता बदलें (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/impact.py" line="+23"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked for</source>
        <translation>बुकिंग का समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested slot</source>
        <translation>सुझाया गया स्लॉट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No free slot within 30 days</source>
        <translation>30 दिन में कोई खाली स्लॉट नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor of the department</source>
        <translation>विभाग का दूसरा डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooked</source>
        <translation>फिर से बुक हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To rebook</source>
        <translation>फिर से बुक करना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the patient</source>
        <translation>रोगी को फ़ोन करें</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{doctor} (same doctor)</source>
        <translation>{doctor} (वही डॉक्टर)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_wizard.py" line="+59"/>
        <source>Patients</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctors</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list</source>
        <translation>मूल्य सूची</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the columns</source>
        <translation>कॉलम मिलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check (nothing written yet)</source>
        <translation>जाँच (अभी कुछ नहीं लिखा गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HMS Desktop — Import</source>
        <translation>HMS Desktop — आयात</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Step {number} of {count} · {step}</source>
        <translation>चरण {number}/{count} · {step}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Check &gt;</source>
        <translation>जाँचें (&amp;C) &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopping after the batch being written… (run the same import again to continue)</source>
        <translation>लिखे जा रहे बैच के बाद रुक रहा है… (आगे जारी रखने के लिए यही आयात फिर से चलाएँ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>स्प्रेडशीट ({patterns})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files ({patterns})</source>
        <translation>सभी फ़ाइलें ({patterns})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to import</source>
        <translation>आयात करने के लिए फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the file to import.</source>
        <translation>आयात करने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the import file</source>
        <translation>आयात फ़ाइल पढ़ना</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_summary.py" line="+19"/>
        <source>comma-separated</source>
        <translation>कॉमा से अलग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>सेमीकोलन से अलग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab-separated</source>
        <translation>टैब से अलग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bar-separated</source>
        <translation>बार (|) से अलग</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows, {columns} columns ({encoding}, {separated}). The guessed match of each field to a column is below; change any that is wrong.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} पंक्तियाँ, {columns} कॉलम ({encoding}, {separated})। हर फ़ील्ड का अनुमानित कॉलम नीचे है; जो गलत हो उसे बदलें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {rows} rows, {columns} columns ({encoding}). The guessed match of each field to a column is below; change any that is wrong.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: {rows} पंक्तियाँ, {columns} कॉलम ({encoding})। हर फ़ील्ड का अनुमानित कॉलम नीचे है; जो गलत हो उसे बदलें।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_wizard.py" line="+25"/>
        <source>Checking every row (nothing is written)…</source>
        <translation>हर पंक्ति जाँची जा रही है (कुछ नहीं लिखा जाता)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checking the import file</source>
        <translation>आयात फ़ाइल जाँचना</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_summary.py" line="+19"/>
        <source>&lt;b&gt;{read}&lt;/b&gt; rows read · &lt;b&gt;{create}&lt;/b&gt; to create · &lt;b&gt;{alike}&lt;/b&gt; look-alikes · &lt;b&gt;{already}&lt;/b&gt; already imported · &lt;b&gt;{errors}&lt;/b&gt; with errors · {update} to update. Rows with errors are not imported; fix them in the file and import it again later.</source>
        <translation>&lt;b&gt;{read}&lt;/b&gt; पंक्तियाँ पढ़ी गईं · &lt;b&gt;{create}&lt;/b&gt; बनेंगी · &lt;b&gt;{alike}&lt;/b&gt; मिलते-जुलते · &lt;b&gt;{already}&lt;/b&gt; पहले से आयातित · &lt;b&gt;{errors}&lt;/b&gt; में त्रुटियाँ · {update} अपडेट होंगी। त्रुटि वाली पंक्तियाँ आयात नहीं होतीं; उन्हें फ़ाइल में ठीक करें और बाद में फिर से आयात करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{read}&lt;/b&gt; rows read · &lt;b&gt;{create}&lt;/b&gt; to create · &lt;b&gt;{alike}&lt;/b&gt; look-alikes · &lt;b&gt;{already}&lt;/b&gt; already imported · &lt;b&gt;{errors}&lt;/b&gt; with errors. Rows with errors are not imported; fix them in the file and import it again later.</source>
        <translation>&lt;b&gt;{read}&lt;/b&gt; पंक्तियाँ पढ़ी गईं · &lt;b&gt;{create}&lt;/b&gt; बनेंगी · &lt;b&gt;{alike}&lt;/b&gt; मिलते-जुलते · &lt;b&gt;{already}&lt;/b&gt; पहले से आयातित · &lt;b&gt;{errors}&lt;/b&gt; में त्रुटियाँ। त्रुटि वाली पंक्तियाँ आयात नहीं होतीं; उन्हें फ़ाइल में ठीक करें और बाद में फिर से आयात करें।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_wizard.py" line="+13"/>
        <source>The first {shown} of {total} lines are shown.</source>
        <translation>{total} में से पहली {shown} पंक्तियाँ दिखाई गई हैं।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Stop</source>
        <translation>रोकें (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing… the desks can keep working.</source>
        <translation>आयात हो रहा है… डेस्क पर काम चलता रह सकता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>importing</source>
        <translation>आयात करना</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file</source>
        <translation>फ़ाइल पढ़ी जा रही है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking rows</source>
        <translation>पंक्तियाँ जाँची जा रही हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>आयात हो रहा है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stage}: {done} of {total} rows…</source>
        <translation>{stage}: {total} में से {done} पंक्तियाँ…</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_summary.py" line="+12"/>
        <source>Stopped: import the same file again to continue where it stopped.</source>
        <translation>रुक गया: जहाँ रुका था वहाँ से जारी रखने के लिए वही फ़ाइल फिर से आयात करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: {created} created, {alike} look-alikes skipped, {merged} merged, {errors} rows with errors left out.</source>
        <translation>पूरा हुआ: {created} बनाए गए, {alike} मिलते-जुलते छोड़े गए, {merged} मिलाए गए, त्रुटि वाली {errors} पंक्तियाँ छोड़ी गईं।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_wizard.py" line="+16"/>
        <source>Report of every row: {path}</source>
        <translation>हर पंक्ति की रिपोर्ट: {path}</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_summary.py" line="+18"/>
        <source>{file}: {rows} rows read ({earlier} done by an earlier run)</source>
        <translation>{file}: {rows} पंक्तियाँ पढ़ी गईं ({earlier} पिछली बार हो चुकी थीं)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: {rows} rows read</source>
        <translation>{file}: {rows} पंक्तियाँ पढ़ी गईं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to create: {n}</source>
        <translation>बनेंगे: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created: {n}</source>
        <translation>बनाए गए: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>updated: {n}</source>
        <translation>अपडेट हुए: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicates (would be skipped): {n}</source>
        <translation>डुप्लिकेट (छोड़े जाएँगे): {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicates (were skipped): {n}</source>
        <translation>डुप्लिकेट (छोड़े गए): {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merged into existing: {n}</source>
        <translation>मौजूदा में मिलाए गए: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already imported: {n}</source>
        <translation>पहले से आयातित: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors: {n}</source>
        <translation>त्रुटियाँ: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CANCELLED: run the same import again to continue where it stopped.</source>
        <translation>रद्द किया गया: जहाँ रुका था वहाँ से जारी रखने के लिए यही आयात फिर से चलाएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}, {column}: {message}</source>
        <translation>पंक्ति {row}, {column}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>... and {n} more rows with errors (see the report)</source>
        <translation>... और त्रुटि वाली {n} और पंक्तियाँ (रिपोर्ट देखें)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}: looks like {other} ({reasons})</source>
        <translation>पंक्ति {row}: {other} जैसी लगती है ({reasons})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>report: {path}</source>
        <translation>रिपोर्ट: {path}</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_wizard.py" line="+9"/>
        <source>The import stopped. Whole batches already written stay; importing the same file again continues.</source>
        <translation>आयात रुक गया। जो पूरे बैच लिखे जा चुके हैं वे बने रहते हैं; वही फ़ाइल फिर से आयात करने पर काम आगे जारी रहता है।</translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Step 1 of 4 · Choose the file</source>
        <translation>चरण 1/4 · फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>क्या (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file from the old system</source>
        <translation>पुराने सिस्टम की .csv या .xlsx फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>CSV with any delimiter (UTF-8, UTF-8 with BOM or Windows-1252) or an Excel .xlsx workbook (first sheet), with a header row. Up to 200,000 rows. Dates day first (31/12/1980) or as Excel dates; ages like 45, 45 y or 6 m; mobiles with or without +91 or 0. Nothing is written until you have seen the check and pressed Import.</source>
        <translation>किसी भी विभाजक वाली CSV (UTF-8, BOM सहित UTF-8 या Windows-1252) या Excel .xlsx वर्कबुक (पहली शीट), हेडर पंक्ति के साथ। अधिकतम 2,00,000 पंक्तियाँ। तारीखें दिन पहले (31/12/1980) या Excel तारीख के रूप में; आयु जैसे 45, 45 y या 6 m; मोबाइल +91 या 0 के साथ या बिना। जाँच देखकर &quot;आयात&quot; दबाने तक कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>Look-alikes are skipped unless you choose Merge (fill the registered patient&apos;s empty fields) or Create anyway (a different person with a similar name).</source>
        <translation>मिलते-जुलते रिकॉर्ड छोड़ दिए जाते हैं, जब तक आप &quot;मिलाएँ&quot; (पंजीकृत रोगी के ख़ाली फ़ील्ड भरें) या &quot;फिर भी बनाएँ&quot; (मिलते नाम वाला दूसरा व्यक्ति) न चुनें।</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>InvoiceDateField</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/invoice_date.py" line="+63"/>
        <source>Bills are dated today (the clinic&apos;s setting: Settings &gt; Clinic &gt; Invoice dates).</source>
        <translation>बिल आज की तारीख के बनते हैं (क्लिनिक की सेटिंग: सेटिंग्स &gt; क्लिनिक &gt; इनवॉइस की तारीखें)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today or up to {n} day(s) back, with a reason (the clinic&apos;s setting).</source>
        <translation>आज या {n} दिन पहले तक, कारण के साथ (क्लिनिक की सेटिंग)।</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/item_picker.py" line="+21"/>
        <source>Type a code or name, e.g. PCM or amox</source>
        <translation>कोड या नाम लिखें, जैसे PCM या amox</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>exempt</source>
        <translation>छूट-प्राप्त</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rate</source>
        <translation>दर नहीं</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/language.py" line="+23"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>Language of this desk</source>
        <translation>इस डेस्क की भाषा</translation>
    </message>
    <message>
        <source>The menus, forms and messages on this computer. Numbers and dates are shown the Indian way (1,00,000) in either language.</source>
        <translation>इस कंप्यूटर पर मेनू, फ़ॉर्म और संदेशों की भाषा। संख्याएँ और तारीखें दोनों भाषाओं में भारतीय ढंग से (1,00,000) दिखती हैं।</translation>
    </message>
    <message>
        <source>As this &amp;computer is set</source>
        <translation>जैसा इस कंप्यूटर में सेट है (&amp;C)</translation>
    </message>
    <message>
        <source>The new language shows the next time HMS Desktop starts.</source>
        <translation>नई भाषा HMS Desktop अगली बार शुरू होने पर दिखेगी।</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave / out of office</source>
        <translation>छुट्टी / दफ़्तर से बाहर</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>e.g. Conference, personal leave</source>
        <translation>जैसे कॉन्फ़्रेंस, निजी छुट्टी</translation>
    </message>
    <message>
        <source>Leave already recorded</source>
        <translation>पहले से दर्ज छुट्टी</translation>
    </message>
    <message>
        <source>Remove selected leave</source>
        <translation>चुनी गई छुट्टी हटाएँ</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/leave.py" line="+37"/>
        <source>Leave</source>
        <translation>छुट्टी</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No leave recorded.</source>
        <translation>कोई छुट्टी दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the leave to remove.</source>
        <translation>हटाने के लिए छुट्टी चुनें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day must be on or after the first day.</source>
        <translation>आख़िरी दिन पहले दिन के बाद या उसी दिन होना चाहिए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason (it is shown to the desk).</source>
        <translation>कारण लिखें (यह डेस्क को दिखाया जाता है)।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the leave</source>
        <translation>छुट्टी दर्ज करना</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave recorded. No booked appointments fall in it.</source>
        <translation>छुट्टी दर्ज हुई। इसमें कोई बुक किया गया अपॉइंटमेंट नहीं आता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave recorded. {n} booked appointment(s) need rebooking.</source>
        <translation>छुट्टी दर्ज हुई। {n} बुक किए गए अपॉइंटमेंट फिर से बुक करने हैं।</translation>
    </message>
</context>
<context>
    <name>LeaveImpact</name>
    <message>
        <source>Appointments affected by leave</source>
        <translation>छुट्टी से प्रभावित अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Appointments affected by the leave</source>
        <translation>इस छुट्टी से प्रभावित अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>&amp;Rebook all</source>
        <translation>सभी फिर से बुक करें (&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>LeaveImpactDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/leave.py" line="+16"/>
        <source>Appointments affected by leave — HMS Desktop</source>
        <translation>छुट्टी से प्रभावित अपॉइंटमेंट — HMS Desktop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} appointment(s) fall in the leave; {movable} have a suggested slot. Same doctor&apos;s next free slot first, otherwise another doctor of the department.</source>
        <translation>{n} अपॉइंटमेंट छुट्टी के दिनों में आते हैं; {movable} के लिए स्लॉट सुझाया गया है। पहले उसी डॉक्टर का अगला खाली स्लॉट, नहीं तो विभाग का दूसरा डॉक्टर।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rebooking…</source>
        <translation>फिर से बुक किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rebooking</source>
        <translation>फिर से बुक करना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rebooked {n} appointment(s); the patients are notified.</source>
        <translation>{n} अपॉइंटमेंट फिर से बुक हुए; रोगियों को सूचना भेज दी गई है।</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/dialogs.py" line="+61"/>
        <source>Left without being seen</source>
        <translation>दिखाए बिना चले गए</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Mark as left</source>
        <translation>चले गए दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marking as left</source>
        <translation>चले गए दर्ज करते समय</translation>
    </message>
</context>
<context>
    <name>LeftQueueForm</name>
    <message>
        <source>Left without being seen</source>
        <translation>दिखाए बिना चले गए</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Optional, e.g. could not wait, will come tomorrow</source>
        <translation>वैकल्पिक, जैसे रुक नहीं सके, कल आएँगे</translation>
    </message>
</context>
<context>
    <name>LineFieldErrors</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/field_keys.py" line="+45"/>
        <source>Line {n}: {message}</source>
        <translation>पंक्ति {n}: {message}</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/idle_lock.py" line="+112"/>
        <source>Signed in as {} ({}). Enter your password to continue.</source>
        <translation>{} ({}) के रूप में साइन इन। जारी रखने के लिए अपना पासवर्ड डालें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड डालें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unlocking the screen</source>
        <translation>स्क्रीन अनलॉक करना</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong password. Try again, or switch user.</source>
        <translation>गलत पासवर्ड। फिर से कोशिश करें, या उपयोगकर्ता बदलें।</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/login.py" line="+37"/>
        <source>HMS Desktop — Sign in</source>
        <translation>HMS Desktop — साइन इन</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening the database…</source>
        <translation>डेटाबेस खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Database: {}</source>
        <translation>डेटाबेस: {}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your username and password.</source>
        <translation>अपना उपयोगकर्ता नाम और पासवर्ड डालें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>signing in</source>
        <translation>साइन इन करना</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a new password to sign in (an administrator reset yours).</source>
        <translation>साइन इन करने के लिए नया पासवर्ड चुनें (प्रशासक ने आपका पासवर्ड रीसेट किया है)।</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>HMS Desktop</source>
        <translation>HMS Desktop</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>उपयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <source>e.g. reception</source>
        <translation>जैसे reception</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>कनेक्शन (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन (&amp;S)</translation>
    </message>
</context>
<context>
    <name>MailPump</name>
    <message>
        <location filename="../../hms_desktop/gui/mail_pump.py" line="+41"/>
        <source>sending e-mail</source>
        <translation>ई-मेल भेजना</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hms_desktop/gui/main_window.py" line="+70"/>
        <source>{clinic} — HMS Desktop</source>
        <translation>{clinic} — HMS Desktop</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Locked after {} without activity.</source>
        <translation>{} तक कोई गतिविधि न होने पर लॉक हुआ।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{} minutes</source>
        <translation>{} मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 second</source>
        <translation>1 सेकंड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} seconds</source>
        <translation>{} सेकंड</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user…</source>
        <translation>उपयोगकर्ता बदलें (&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock screen</source>
        <translation>स्क्रीन लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked by you.</source>
        <translation>आपने लॉक किया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection…</source>
        <translation>कनेक्शन (&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+189"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>&amp;Desk</source>
        <translation>डेस्क (&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Waiting-room display</source>
        <translation>प्रतीक्षा-कक्ष डिस्प्ले (&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language…</source>
        <translation>भाषा (&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>सेटिंग्स (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clinic…</source>
        <translation>क्लिनिक (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;accounts…</source>
        <translation>स्टाफ़ खाते (&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price list and GST rates…</source>
        <translation>मूल्य सूची और GST दरें (&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Au&amp;dit trail…</source>
        <translation>ऑडिट ट्रेल (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen a closed day…</source>
        <translation>बंद किया दिन फिर खोलें (&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up &amp;wizard…</source>
        <translation>सेट-अप विज़ार्ड (&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail (SMTP)…</source>
        <translation>ई-मेल (SMTP) (&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbox…</source>
        <translation>आउटबॉक्स (&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Triage scale and rules…</source>
        <translation>ट्राइएज स्केल और नियम (&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About HMS Desktop</source>
        <translation>HMS Desktop के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SQLite (embedded)</source>
        <translation>SQLite (इसी कंप्यूटर पर)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+85"/>
        <source>Database: {}</source>
        <translation>डेटाबेस: {}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Profile: {}</source>
        <translation>प्रोफ़ाइल: {}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {} ({})</source>
        <translation>उपयोगकर्ता: {} ({})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role: {}</source>
        <translation>भूमिका: {}</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/window_screens.py" line="+92"/>
        <source>The token slip could not be made: {}</source>
        <translation>टोकन पर्ची नहीं बन सकी: {}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>making the token slip</source>
        <translation>टोकन पर्ची बनाना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token slip</source>
        <translation>टोकन पर्ची</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/main_window.py" line="+75"/>
        <source>About HMS Desktop</source>
        <translation>HMS Desktop के बारे में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front desk for Indian clinics: registration, appointments, triage queue, consultations and GST billing.</source>
        <translation>भारतीय क्लिनिकों का फ़्रंट डेस्क: पंजीकरण, अपॉइंटमेंट, ट्राइएज कतार, परामर्श और GST बिलिंग।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new language shows the next time HMS Desktop starts.</source>
        <translation>नई भाषा HMS Desktop अगली बार शुरू होने पर दिखेगी।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quit HMS Desktop?</source>
        <translation>HMS Desktop बंद करें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet: {}.</source>
        <translation>अभी सहेजा नहीं गया: {}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit and lose that input, or keep working?</source>
        <translation>बंद करके यह जानकारी खो दें, या काम जारी रखें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep working</source>
        <translation>काम जारी रखें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_tables.py" line="+24"/>
        <source>— not in the file —</source>
        <translation>— फ़ाइल में नहीं —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>फ़ाइल का कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>पहला मान</translation>
    </message>
</context>
<context>
    <name>MedicalRecordDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/medical_record.py" line="+37"/>
        <source>RR</source>
        <translation>श्वसन दर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BP sys</source>
        <translation>BP सिस्टोलिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP dia</source>
        <translation>BP डायस्टोलिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain</source>
        <translation>दर्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>ग्लूकोज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Last vitals</source>
        <translation>पिछले वाइटल्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnoses</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriptions</source>
        <translation>पर्चे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded.</source>
        <translation>कुछ दर्ज नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(free text)</source>
        <translation>(बिना कोड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by a newer version</source>
        <translation>नए संस्करण से बदला गया</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALLERGIES: {allergies}</source>
        <translation>एलर्जी: {allergies}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No known allergies ({confirmed}).</source>
        <translation>कोई ज्ञात एलर्जी नहीं ({confirmed})।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No known allergies.</source>
        <translation>कोई ज्ञात एलर्जी नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergies not recorded: ask the patient.</source>
        <translation>एलर्जी दर्ज नहीं है: रोगी से पूछें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ABHA {abha}</source>
        <translation>ABHA {abha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood group {group}</source>
        <translation>ब्लड ग्रुप {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code {code}</source>
        <translation>कोड {code}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the medical record</source>
        <translation>मेडिकल रिकॉर्ड पढ़ना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This view is recorded in the audit trail.</source>
        <translation>यह देखना ऑडिट ट्रेल में दर्ज होता है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Break the glass</source>
        <translation>आपातकालीन पहुँच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you need this patient&apos;s record now? (recorded in the audit trail)</source>
        <translation>आपको इस रोगी का रिकॉर्ड अभी क्यों चाहिए? (ऑडिट ट्रेल में दर्ज होता है)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recording emergency access</source>
        <translation>आपातकालीन पहुँच दर्ज करना</translation>
    </message>
</context>
<context>
    <name>MedicalRecordForm</name>
    <message>
        <source>Medical record — HMS Desktop</source>
        <translation>मेडिकल रिकॉर्ड — HMS Desktop</translation>
    </message>
    <message>
        <source>Emergency access to a patient you are not treating: give the reason; it is audited.</source>
        <translation>जिस रोगी का इलाज आप नहीं कर रहे, उसके रिकॉर्ड तक आपातकालीन पहुँच: कारण बताएँ; यह ऑडिट में दर्ज होता है।</translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation>आपातकालीन पहुँच (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>News2Panel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/news2_panel.py" line="+20"/>
        <source>Respiration</source>
        <translation>श्वसन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Air or oxygen</source>
        <translation>हवा या ऑक्सीजन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>सिस्टोलिक BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consciousness</source>
        <translation>चेतना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low clinical risk</source>
        <translation>कम क्लिनिकल जोखिम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low–medium risk: one parameter scores 3 — urgent review</source>
        <translation>कम–मध्यम जोखिम: एक पैरामीटर का स्कोर 3 — तुरंत समीक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium risk — urgent response</source>
        <translation>मध्यम जोखिम — तुरंत कार्रवाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High risk — emergency response</source>
        <translation>उच्च जोखिम — आपातकालीन कार्रवाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readings only ever raise the level: a calm NEWS2 never lowers a level given for a presenting sign (e.g. chest pain).</source>
        <translation>रीडिंग स्तर को केवल बढ़ाती हैं: शांत NEWS2 किसी प्रमुख लक्षण (जैसे सीने में दर्द) के लिए दिया गया स्तर कभी नहीं घटाता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>red</source>
        <translation>लाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>नारंगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>पीला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green</source>
        <translation>हरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue</source>
        <translation>नीला</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>NEWS2 does not apply</source>
        <translation>NEWS2 लागू नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEWS2: enter all seven parameters</source>
        <translation>NEWS2: सातों पैरामीटर भरें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: {readings}</source>
        <translation>बाकी: {readings}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct the readings marked in red.</source>
        <translation>लाल निशान वाली रीडिंग ठीक करें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Age not recorded: scored as an adult (NEWS2 is for 16 and over).</source>
        <translation>आयु दर्ज नहीं: वयस्क मानकर स्कोर किया गया (NEWS2 16 वर्ष और उससे अधिक के लिए है)।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing urgent found in the complaint or vitals: standard</source>
        <translation>शिकायत या वाइटल्स में कुछ ज़रूरी नहीं मिला: सामान्य</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../hms_desktop/gui/ops.py" line="+208"/>
        <source>No answer from the database within {seconds} seconds. Check the network and that the server is running, then try again.</source>
        <translation>{seconds} सेकंड में डेटाबेस से कोई जवाब नहीं मिला। नेटवर्क जाँचें और देखें कि सर्वर चल रहा है, फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location line="-147"/>
        <source>Something went wrong while {what} ({error}). The details are in the log; try again, and tell the administrator if it keeps happening.</source>
        <translation>कुछ गड़बड़ हो गई: {what} ({error})। विवरण लॉग में है; फिर से कोशिश करें, और बार-बार हो तो प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong ({error}). The details are in the log; try again, and tell the administrator if it keeps happening.</source>
        <translation>कुछ गड़बड़ हो गई ({error})। विवरण लॉग में है; फिर से कोशिश करें, और बार-बार हो तो प्रशासक को बताएँ।</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/outbox.py" line="+50"/>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>HMS Desktop — E-mail outbox</source>
        <translation>HMS Desktop — ई-मेल आउटबॉक्स</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Put a failed message back in the queue with fresh attempts.</source>
        <translation>विफल संदेश को नए प्रयासों के साथ फिर से कतार में डालें।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>loading the outbox</source>
        <translation>आउटबॉक्स लोड करना</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} message · {pending} pending · {failed} failed</source>
        <translation>{n} संदेश · {pending} बाकी · {failed} विफल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} messages · {pending} pending · {failed} failed</source>
        <translation>{n} संदेश · {pending} बाकी · {failed} विफल</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>queuing the message again</source>
        <translation>संदेश फिर से कतार में डालना</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message to {address} is queued again.</source>
        <translation>{address} को जाने वाला संदेश फिर से कतार में है।</translation>
    </message>
</context>
<context>
    <name>OutboxForm</name>
    <message>
        <source>E-mail outbox</source>
        <translation>ई-मेल आउटबॉक्स</translation>
    </message>
    <message>
        <source>Confirmations waiting to be sent, sent, or given up on after repeated failures. A failed message can be sent again once the mail settings are fixed.</source>
        <translation>भेजे जाने की प्रतीक्षा में, भेजे गए, या बार-बार विफल होने पर छोड़े गए पुष्टि संदेश। मेल सेटिंग्स ठीक होने के बाद विफल संदेश फिर से भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>फिर से भेजें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/outbox.py" line="-216"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>पिछली त्रुटि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>अगला प्रयास</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/panel_dialog.py" line="+17"/>
        <source>{title} — HMS Desktop</source>
        <translation>{title} — HMS Desktop</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/banner.py" line="+32"/>
        <source>Consultation — {name} — HMS Desktop</source>
        <translation>परामर्श — {name} — HMS Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MRN {mrn}</source>
        <translation>MRN {mrn}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ABHA {abha}</source>
        <translation>ABHA {abha}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood {group}</source>
        <translation>ब्लड ग्रुप {group}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ ALLERGIES: {allergies}</source>
        <translation>⚠ एलर्जी: {allergies}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No known allergies ({confirmed})</source>
        <translation>कोई ज्ञात एलर्जी नहीं ({confirmed})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No known allergies</source>
        <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Allergies not recorded: ask the patient</source>
        <translation>⚠ एलर्जी दर्ज नहीं: रोगी से पूछें</translation>
    </message>
</context>
<context>
    <name>PatientDetailDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/detail.py" line="+46"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>booked</source>
        <translation>बुक किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked_in</source>
        <translation>चेक-इन हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no_show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>called</source>
        <translation>बुलाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in consult</source>
        <translation>परामर्श में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>चले गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>स्थानांतरित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not shown to your role</source>
        <translation>आपकी भूमिका को नहीं दिखाया जाता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No known allergies (confirmed)</source>
        <translation>कोई ज्ञात एलर्जी नहीं (पुष्टि की गई)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded: ask the patient</source>
        <translation>दर्ज नहीं: रोगी से पूछें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date} (estimated)</source>
        <translation>{date} (अनुमानित)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>age unknown</source>
        <translation>आयु अज्ञात</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sex / age</source>
        <translation>लिंग / आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sex}, {age}</source>
        <translation>{sex}, {age}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA</source>
        <translation>ABHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>patient {id}</source>
        <translation>रोगी {id}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reading the patient</source>
        <translation>रोगी का विवरण पढ़ना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient — {name}</source>
        <translation>रोगी — {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnoses</source>
        <translation>निदान</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
</context>
<context>
    <name>PatientDetailForm</name>
    <message>
        <source>Demographics</source>
        <translation>जनसांख्यिकी विवरण</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>निदान</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>Every view of and change to this record: who, when, why</source>
        <translation>इस रिकॉर्ड को हर बार देखना और बदलना: किसने, कब, क्यों</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>एक्सेस लॉग (&amp;A)…</translation>
    </message>
    <message>
        <source>Allergies, diagnoses, prescriptions and visits (doctors only; audited)</source>
        <translation>एलर्जी, निदान, पर्चे और विज़िट (केवल डॉक्टर; ऑडिट में दर्ज)</translation>
    </message>
    <message>
        <source>&amp;Medical record…</source>
        <translation>मेडिकल रिकॉर्ड (&amp;M)…</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Register patient</source>
        <translation>रोगी पंजीकरण</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>पहला नाम *</translation>
    </message>
    <message>
        <source>e.g. Lakshmi</source>
        <translation>जैसे लक्ष्मी</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>or age</source>
        <translation>या आयु</translation>
    </message>
    <message>
        <source> y</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source> m</source>
        <translation> माह</translation>
    </message>
    <message>
        <source>months</source>
        <translation>माह</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>लिंग *</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>A-</source>
        <translation>A-</translation>
    </message>
    <message>
        <source>B+</source>
        <translation>B+</translation>
    </message>
    <message>
        <source>B-</source>
        <translation>B-</translation>
    </message>
    <message>
        <source>AB+</source>
        <translation>AB+</translation>
    </message>
    <message>
        <source>AB-</source>
        <translation>AB-</translation>
    </message>
    <message>
        <source>O+</source>
        <translation>O+</translation>
    </message>
    <message>
        <source>O-</source>
        <translation>O-</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>10 digits, e.g. 98450 12345</source>
        <translation>10 अंक, जैसे 98450 12345</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>House, street, area</source>
        <translation>मकान, गली, इलाका</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation>ABHA नंबर</translation>
    </message>
    <message>
        <source>XX-XXXX-XXXX-XXXX</source>
        <translation>XX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation>ABHA पता</translation>
    </message>
    <message>
        <source>name@abdm</source>
        <translation>name@abdm</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>आपातकालीन फ़ोन</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <source>Ask the patient: not asking is not the same as none</source>
        <translation>रोगी से पूछें: न पूछना &quot;कोई नहीं&quot; के बराबर नहीं है</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <source>Allergic to (list):</source>
        <translation>इनसे एलर्जी (सूची):</translation>
    </message>
    <message>
        <source>e.g. penicillin (rash); sulfa</source>
        <translation>जैसे पेनिसिलिन (चकत्ते); सल्फ़ा</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <source>STD code and number, e.g. 080 4123 4567</source>
        <translation>STD कोड सहित, जैसे 080 4123 4567</translation>
    </message>
    <message>
        <source>Instructions in</source>
        <translation>निर्देशों की भाषा</translation>
    </message>
    <message>
        <source>The prescription prints the dosage instructions in English and in this language</source>
        <translation>पर्चे पर खुराक के निर्देश अंग्रेज़ी में और इस भाषा में छपते हैं</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>संभावित दोहरे रिकॉर्ड</translation>
    </message>
    <message>
        <source>Patients already registered who look like this one. Use the existing record instead of creating a second.</source>
        <translation>पहले से पंजीकृत रोगी जो इनसे मिलते-जुलते हैं। दूसरा रिकॉर्ड बनाने के बजाय मौजूदा रिकॉर्ड का उपयोग करें।</translation>
    </message>
    <message>
        <source>&amp;Use this patient</source>
        <translation>यही रोगी लें (&amp;U)</translation>
    </message>
</context>
<context>
    <name>PatientFormDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/form_fields.py" line="+45"/>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age years</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA</source>
        <translation>ABHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abha address</source>
        <translation>ABHA पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency name</source>
        <translation>आपातकालीन संपर्क का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency phone</source>
        <translation>आपातकालीन फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies (asked?)</source>
        <translation>एलर्जी (पूछा?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions in</source>
        <translation>निर्देशों की भाषा</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/form.py" line="+75"/>
        <location line="+84"/>
        <source>Edit patient</source>
        <translation>रोगी का विवरण बदलें</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Register patient</source>
        <translation>रोगी पंजीकरण</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reload</source>
        <translation>फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>patient&apos;s changes</source>
        <translation>रोगी के विवरण में बदलाव</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Please correct the fields marked below.</source>
        <translation>कृपया नीचे चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit patient — {mrn}</source>
        <translation>रोगी का विवरण बदलें — {mrn}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mrn} · version {version}</source>
        <translation>{mrn} · संस्करण {version}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>तारीख़ DD-MM-YYYY के रूप में लिखें।</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+44"/>
        <source>saving the patient</source>
        <translation>रोगी का विवरण सहेजना</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>• {field}: theirs “{theirs}”, yours “{yours}”</source>
        <translation>• {field}: उनका “{theirs}”, आपका “{yours}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reloading</source>
        <translation>फिर से लोड करना</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{who} saved this patient while you were editing ({fields}).</source>
        <translation>आपके बदलाव करते समय {who} ने इस रोगी का विवरण सहेज दिया ({fields})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no field you edited</source>
        <translation>आपका बदला कोई फ़ील्ड नहीं</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their version is now shown: make your change again and save.</source>
        <translation>अब उनका संस्करण दिख रहा है: अपना बदलाव फिर से करें और सहेजें।</translation>
    </message>
</context>
<context>
    <name>PatientSummaryPanel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/summary.py" line="+27"/>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP</source>
        <translation>BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wt</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>ग्लूकोज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>दर्द</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Last vitals</source>
        <translation>पिछले वाइटल्स</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None recorded.</source>
        <translation>कुछ दर्ज नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past diagnoses</source>
        <translation>पिछले निदान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(free text)</source>
        <translation>(मुक्त पाठ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prescriptions</source>
        <translation>पर्चे</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First visit.</source>
        <translation>पहली विज़िट।</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/model.py" line="+43"/>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} y</source>
        <translation>{n} वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} m</source>
        <translation>{n} माह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} d</source>
        <translation>{n} दिन</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Click to sort by {column}</source>
        <translation>{column} के अनुसार क्रम से लगाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort by MRN, Name or Registered</source>
        <translation>MRN, नाम या पंजीकरण के अनुसार क्रम से लगाएँ</translation>
    </message>
</context>
<context>
    <name>PatientsForm</name>
    <message>
        <source>Patients</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <source>Search: name (any order), mobile or its last 4+ digits, MRN, ABHA number</source>
        <translation>खोजें: नाम, मोबाइल (या आख़िरी 4+ अंक), MRN, ABHA</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>पंजीकरण (&amp;R)…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>नए रोगी का पंजीकरण (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Walk-in (F2)</source>
        <translation>वॉक-इन (&amp;W) (F2)</translation>
    </message>
    <message>
        <source>Register and queue a walk-in patient (F2)</source>
        <translation>वॉक-इन रोगी का पंजीकरण करके कतार में जोड़ें (F2)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected patient (Enter)</source>
        <translation>चुने गए रोगी को दिखाएँ (Enter)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>PatientsTab</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/view.py" line="+61"/>
        <source>{n} patient</source>
        <translation>{n} रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} patients</source>
        <translation>{n} रोगी</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Searching…</source>
        <translation>खोजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} match</source>
        <translation>{n} परिणाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} matches</source>
        <translation>{n} परिणाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No match</source>
        <translation>कोई परिणाम नहीं</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Registered {name} ({mrn}).</source>
        <translation>{name} ({mrn}) का पंजीकरण हो गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} ({mrn}) is in today&apos;s queue with token {token}.</source>
        <translation>{name} ({mrn}) आज की कतार में टोकन {token} के साथ है।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>reading the patient</source>
        <translation>रोगी का विवरण पढ़ना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}.</source>
        <translation>{name} का विवरण सहेजा गया।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the patient list</source>
        <translation>रोगियों की सूची पढ़ना</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>reading departments</source>
        <translation>विभाग पढ़ना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting patients…</source>
        <translation>रोगियों की गिनती हो रही है…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Patient count unavailable</source>
        <translation>रोगियों की गिनती उपलब्ध नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting patients</source>
        <translation>रोगियों की गिनती</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/dialogs.py" line="+34"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{kind} {number} · {patient} · total {total}</source>
        <translation>{kind} {number} · {patient} · कुल {total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take payment</source>
        <translation>भुगतान लें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Recording the payment…</source>
        <translation>भुगतान दर्ज किया जा रहा है…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Take payment — HMS Desktop</source>
        <translation>भुगतान लें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Take payment</source>
        <translation>भुगतान लें (&amp;T)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the UPI ID</source>
        <translation>UPI ID पढ़ते समय</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Reference (UPI txn)</source>
        <translation>संदर्भ (UPI लेन-देन) (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference (slip)</source>
        <translation>संदर्भ (स्लिप) (&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Balance due {due} (total {total}, paid {paid})</source>
        <translation>बकाया {due} (कुल {total}, भुगतान {paid})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid in full: {amount}</source>
        <translation>पूरा भुगतान हो गया: {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{receipt}: {amount} by {mode}</source>
        <translation>{receipt}: {amount} ({mode})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken now — {payments}</source>
        <translation>अभी लिया गया — {payments}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter an amount in rupees, e.g. 150.50.</source>
        <translation>राशि रुपयों में डालें, जैसे 150.50।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the cash handed over in rupees.</source>
        <translation>दिया गया नकद रुपयों में डालें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taking a payment</source>
        <translation>भुगतान लेते समय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received {amount} by {mode}, change {change}.</source>
        <translation>{mode} से {amount} प्राप्त हुए, वापसी {change}।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received {amount} by {mode}.</source>
        <translation>{mode} से {amount} प्राप्त हुए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance {balance}: take another payment (one receipt lists them all) or close.</source>
        <translation>बकाया {balance}: एक और भुगतान लें (एक ही रसीद में सभी भुगतान होंगे) या बंद करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid in full.</source>
        <translation>पूरा भुगतान हो गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receipt {numbers}</source>
        <translation>रसीद {numbers}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>making the receipt</source>
        <translation>रसीद बनाते समय</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the invoice…</source>
        <translation>इनवॉइस बनाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>making the invoice</source>
        <translation>इनवॉइस बनाते समय</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Take payment</source>
        <translation>भुगतान लें</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>माध्यम (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Amount ₹</source>
        <translation>राशि ₹ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tendered ₹</source>
        <translation>दी गई राशि ₹ (&amp;T)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation>₹0.00</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>संदर्भ (&amp;R)</translation>
    </message>
    <message>
        <source>Print &amp;invoice</source>
        <translation>इनवॉइस प्रिंट करें (&amp;I)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/pdf_preview.py" line="+61"/>
        <source>The document “{title}” cannot be shown: it is not a valid PDF file.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: यह सही PDF फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document “{title}” cannot be shown: it is protected by a password.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: यह पासवर्ड से सुरक्षित है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document “{title}” cannot be shown: it is protected in a way that cannot be opened.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: यह ऐसे तरीके से सुरक्षित है जिसे खोला नहीं जा सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document “{title}” cannot be shown: it is incomplete.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: यह अधूरा है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document “{title}” cannot be shown: it could not be read.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: इसे पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document “{title}” cannot be shown: it is empty.</source>
        <translation>दस्तावेज़ “{title}” नहीं दिखाया जा सकता: यह ख़ाली है।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The printer could not be opened.</source>
        <translation>प्रिंटर खोला नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer refused a new page.</source>
        <translation>प्रिंटर ने नया पेज नहीं लिया।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page {page} could not be rendered.</source>
        <translation>पेज {page} बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HMS Desktop — {title}</source>
        <translation>HMS Desktop — {title}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{n} page</source>
        <translation>{n} पेज</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} pages</source>
        <translation>{n} पेज</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print {title}</source>
        <translation>{title} प्रिंट करें</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Printing failed: {reason}</source>
        <translation>प्रिंट नहीं हो सका: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a PDF file</source>
        <translation>एक PDF फ़ाइल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent {n} page to {where}.</source>
        <translation>{n} पेज {where} पर भेजा गया।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent {n} pages to {where}.</source>
        <translation>{n} पेज {where} पर भेजे गए।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents ({patterns})</source>
        <translation>PDF दस्तावेज़ ({patterns})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} सहेजा नहीं जा सका: {reason}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as {path}.</source>
        <translation>{path} के रूप में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>PdfPreviewForm</name>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>दस्तावेज़ प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Save a copy of the document as a PDF file (Ctrl+S)</source>
        <translation>दस्तावेज़ की एक प्रति PDF फ़ाइल के रूप में सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/model.py" line="-178"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>PrescribedDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/prescribed.py" line="+82"/>
        <source>Prescribed medicines</source>
        <translation>लिखी गई दवाएँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prescribed medicines — HMS Desktop</source>
        <translation>लिखी गई दवाएँ — HMS Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add to bill</source>
        <translation>बिल में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prescribed medicines</source>
        <translation>लिखी गई दवाएँ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bill line {n}</source>
        <translation>बिल पंक्ति {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked: the clinic dispenses it. Untick what the patient buys elsewhere.</source>
        <translation>टिक: क्लिनिक यह दवा देता है। जो रोगी बाहर से ख़रीदेंगे उसका टिक हटाएँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(choose the medicine)</source>
        <translation>(दवा चुनें)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. B2412</source>
        <translation>जैसे B2412</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose the medicine from the price list.</source>
        <translation>मूल्य सूची से दवा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a quantity above 0.</source>
        <translation>0 से अधिक मात्रा डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the batch number printed on the strip.</source>
        <translation>स्ट्रिप पर छपा बैच नंबर डालें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry printed on the strip (MM/YYYY).</source>
        <translation>स्ट्रिप पर छपी एक्सपायरी डालें (MM/YYYY)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry as MM/YYYY, e.g. 03/2028.</source>
        <translation>एक्सपायरी MM/YYYY में डालें, जैसे 03/2028।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This strip expired at the end of {month}: take another.</source>
        <translation>यह स्ट्रिप {month} के अंत में एक्सपायर हो गई: दूसरी लें।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tick a medicine to add, or press Cancel.</source>
        <translation>जोड़ने के लिए दवा पर टिक करें, या रद्द करें दबाएँ।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line {n}: {message}</source>
        <translation>पंक्ति {n}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the lines marked in red.</source>
        <translation>लाल निशान वाली पंक्तियाँ ठीक करें।</translation>
    </message>
</context>
<context>
    <name>PrescribedMedicines</name>
    <message>
        <location line="+33"/>
        <source>reading the medicines prescribed today</source>
        <translation>आज लिखी गई दवाएँ पढ़ते समय</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} medicine(s) prescribed today: add them with batch and expiry</source>
        <translation>आज {n} दवा(एँ) लिखी गईं: इन्हें बैच और एक्सपायरी के साथ जोड़ें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No medicines were prescribed to this patient today</source>
        <translation>इस रोगी को आज कोई दवा नहीं लिखी गई</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} prescribed medicine(s) added to the bill.</source>
        <translation>लिखी गई {n} दवा(एँ) बिल में जोड़ी गईं।</translation>
    </message>
</context>
<context>
    <name>PrescribedMedicinesForm</name>
    <message>
        <source>Medicines prescribed today</source>
        <translation>आज लिखी गई दवाएँ</translation>
    </message>
    <message>
        <source>Tick the medicines the clinic dispenses; untick what the patient buys elsewhere. A ticked medicine needs the batch number and expiry (MM/YYYY) printed on the strip.</source>
        <translation>क्लिनिक से दी जाने वाली दवाओं पर टिक करें; जो रोगी बाहर से ख़रीदेंगे उनका टिक हटाएँ। टिक की गई दवा के लिए स्ट्रिप पर छपा बैच नंबर और एक्सपायरी (MM/YYYY) ज़रूरी है।</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>दवाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>लिखी गई दवा</translation>
    </message>
    <message>
        <source>Rx qty</source>
        <translation>पर्चे की मात्रा</translation>
    </message>
    <message>
        <source>Medicine on the price list</source>
        <translation>मूल्य सूची की दवा</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>बैच</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>एक्सपायरी</translation>
    </message>
</context>
<context>
    <name>PriceChange</name>
    <message>
        <source>Change a price</source>
        <translation>मूल्य बदलें</translation>
    </message>
    <message>
        <source>New &amp;price (₹)</source>
        <translation>नया मूल्य (₹) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/prices.py" line="+385"/>
        <source>Price list and GST rates</source>
        <translation>मूल्य सूची और GST दरें</translation>
    </message>
</context>
<context>
    <name>PriceItem</name>
    <message>
        <source>Price-list item</source>
        <translation>मूल्य सूची का आइटम</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड (&amp;C)</translation>
    </message>
    <message>
        <source>e.g. DRESSING-L</source>
        <translation>जैसे DRESSING-L</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>as printed on the bill</source>
        <translation>जैसा बिल पर छपता है</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Tax class</source>
        <translation>कर वर्ग (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;SAC/HSN</source>
        <translation>SAC/HSN (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>इकाई (&amp;U)</translation>
    </message>
    <message>
        <source>NOS, TAB, STRIP…</source>
        <translation>NOS, TAB, STRIP…</translation>
    </message>
    <message>
        <source>&amp;Price (₹)</source>
        <translation>मूल्य (₹) (&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 350 or 12.50</source>
        <translation>जैसे 350 या 12.50</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Price list and GST rates</source>
        <translation>मूल्य सूची और GST दरें</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>आइटम (&amp;I)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>कर वर्ग</translation>
    </message>
    <message>
        <source>SAC/HSN</source>
        <translation>SAC/HSN</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>Price (₹)</source>
        <translation>मूल्य (₹)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>अगला बदलाव</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>आइटम जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;price…</source>
        <translation>मूल्य बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>निष्क्रिय करें (&amp;D)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>सक्रिय करें (&amp;T)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>निष्क्रिय भी दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;GST rates</source>
        <translation>GST दरें (&amp;G)</translation>
    </message>
    <message>
        <source>A bill uses the rate in force on its date; a rate change is a new row from its date.</source>
        <translation>बिल अपनी तारीख पर लागू दर लेता है; दर में बदलाव उसकी तारीख से एक नई पंक्ति है।</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Add a &amp;rate or class…</source>
        <translation>दर या वर्ग जोड़ें (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PricePanel</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/prices.py" line="-343"/>
        <source>service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>procedure</source>
        <translation>प्रक्रिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lab</source>
        <translation>लैब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>exempt</source>
        <translation>छूट-प्राप्त</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rate</source>
        <translation>कोई दर नहीं</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>reading the price list</source>
        <translation>मूल्य सूची पढ़ते समय</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>₹{price} from {day}</source>
        <translation>{day} से ₹{price}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add a price-list item</source>
        <translation>मूल्य सूची में आइटम जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adding the item</source>
        <translation>आइटम जोड़ते समय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: the tax class&apos;s (e.g. 999312)</source>
        <translation>ख़ाली: कर वर्ग वाला (जैसे 999312)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit {code}</source>
        <translation>{code} बदलें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bills already issued keep what they printed.</source>
        <translation>पहले से जारी बिलों पर वही रहता है जो उन पर छपा था।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}: ₹{price} today. Bills dated before the new price&apos;s day keep the old one; a price already in force on an earlier day is never rewritten.</source>
        <translation>{name}: आज ₹{price}। नए मूल्य की तारीख से पहले के बिलों पर पुराना मूल्य ही रहता है; किसी पिछली तारीख से लागू मूल्य कभी नहीं बदला जाता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the price of {code}</source>
        <translation>{code} का मूल्य बदलें</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a new class name to add a class (e.g. DENTAL_COS), or choose one to give it a rate from a date.</source>
        <translation>नया कर वर्ग जोड़ने के लिए उसका नाम लिखें (जैसे DENTAL_COS), या किसी वर्ग को किसी तारीख से दर देने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a GST rate</source>
        <translation>GST दर जोड़ें</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>changing the item</source>
        <translation>आइटम बदलते समय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added {n} starter items: edit their prices to the clinic&apos;s own.</source>
        <translation>{n} शुरुआती आइटम जोड़े गए: उनके मूल्य क्लिनिक के अपने मूल्यों में बदलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The starter items are already on the list.</source>
        <translation>शुरुआती आइटम पहले से सूची में हैं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>adding the starter list</source>
        <translation>शुरुआती सूची जोड़ते समय</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/import_tables.py" line="-25"/>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>मिलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create anyway</source>
        <translation>फिर भी बनाएँ</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{name} looks like {other} ({reasons})</source>
        <translation>{name}, {other} जैसा लगता है ({reasons})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong / who it looks like</source>
        <translation>क्या गलत है / किससे मिलता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>करें</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skip</source>
        <translation>छोड़ें</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/connection_choices.py" line="+17"/>
        <source>Embedded (SQLite file on this computer)</source>
        <translation>इसी कंप्यूटर पर (SQLite फ़ाइल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database file</source>
        <translation>डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL सर्वर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Oracle server</source>
        <translation>Oracle सर्वर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service name</source>
        <translation>सर्विस नाम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host, port and service name</source>
        <translation>होस्ट, पोर्ट और सर्विस नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy Connect string</source>
        <translation>Easy Connect स्ट्रिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNS alias (tnsnames.ora)</source>
        <translation>TNS उपनाम (tnsnames.ora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet (TLS, e.g. Autonomous Database)</source>
        <translation>वॉलेट (TLS, जैसे Autonomous Database)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prefer (default)</source>
        <translation>prefer (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable: never encrypt</source>
        <translation>disable: कभी एन्क्रिप्ट न करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require: encrypt</source>
        <translation>require: एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-ca: encrypt, check CA</source>
        <translation>verify-ca: एन्क्रिप्ट करें, CA जाँचें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full: also the host name</source>
        <translation>verify-full: होस्ट का नाम भी जाँचें</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/connection_form.py" line="+206"/>
        <source>&amp;Easy Connect</source>
        <translation>Easy Connect (&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TNS al&amp;ias</source>
        <translation>TNS उपनाम (&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. dbhost:1521/ORCLPDB1 or tcps://dbhost:2484/ORCLPDB1</source>
        <translation>जैसे dbhost:1521/ORCLPDB1 या tcps://dbhost:2484/ORCLPDB1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an entry of tnsnames.ora, e.g. hmsdb or hmsdb_high</source>
        <translation>tnsnames.ora एंट्री, जैसे hmsdb या hmsdb_high</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;TNS folder</source>
        <translation>TNS फ़ोल्डर (&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TNS folder (if apart)</source>
        <translation>TNS फ़ोल्डर (अलग हो तो) (&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the wallet folder&apos;s own tnsnames.ora is used</source>
        <translation>वॉलेट की अपनी tnsnames.ora लगेगी</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder holding tnsnames.ora (TNS_ADMIN)</source>
        <translation>tnsnames.ora वाला फ़ोल्डर (TNS_ADMIN)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Please correct the fields marked in red.</source>
        <translation>कृपया लाल निशान वाले फ़ील्ड ठीक करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder holding tnsnames.ora (TNS_ADMIN)</source>
        <translation>tnsnames.ora वाला फ़ोल्डर (TNS_ADMIN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wallet folder (unzipped)</source>
        <translation>वॉलेट फ़ोल्डर (अनज़िप किया)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Entries in its tnsnames.ora: {names}</source>
        <translation>इसकी tnsnames.ora की एंट्री: {names}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s CA certificate</source>
        <translation>सर्वर का CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>क्लाइंट प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate key</source>
        <translation>क्लाइंट प्रमाणपत्र की key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates and keys ({patterns})</source>
        <translation>प्रमाणपत्र और key ({patterns})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files ({patterns})</source>
        <translation>सभी फ़ाइलें ({patterns})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the profile a name.</source>
        <translation>प्रोफ़ाइल को एक नाम दें।</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/actions.py" line="+61"/>
        <source>Token {token} triaged: {level}.</source>
        <translation>टोकन {token} का ट्राइएज हुआ: {level}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token {token} triaged: {level}, NEWS2 {score}.</source>
        <translation>टोकन {token} का ट्राइएज हुआ: {level}, NEWS2 {score}।</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Token {token} assigned to {doctor}.</source>
        <translation>टोकन {token} {doctor} को दिया गया।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token {token} transferred: new token {new_token} ({to}).</source>
        <translation>टोकन {token} ट्रांसफ़र हुआ: नया टोकन {new_token} ({to})।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token {token} marked as left without being seen.</source>
        <translation>टोकन {token} को दिखाए बिना चले गए दर्ज किया गया।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody is waiting for you right now.</source>
        <translation>अभी आपकी प्रतीक्षा में कोई नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Token {t} called to {room}.</source>
        <translation>टोकन {t} को {room} में बुलाया गया।</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Token {t} called to your room.</source>
        <translation>टोकन {t} को आपके कमरे में बुलाया गया।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>calling the next patient</source>
        <translation>अगले रोगी को बुलाते समय</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token {token} is still called; nobody else was called.</source>
        <translation>टोकन {token} अभी भी बुलाया हुआ है; किसी और को नहीं बुलाया गया।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>calling the patient</source>
        <translation>रोगी को बुलाते समय</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token {t}: consultation finished.</source>
        <translation>टोकन {t}: परामर्श पूरा हुआ।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finishing</source>
        <translation>परामर्श पूरा करते समय</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token {t} did not answer: back to waiting, keeping their place.</source>
        <translation>टोकन {t} नहीं आए: अपनी जगह रखते हुए फिर प्रतीक्षा में।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moving back</source>
        <translation>फिर प्रतीक्षा में भेजते समय</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/controls.py" line="+61"/>
        <source>Cons&amp;ult… (Ctrl+O)</source>
        <translation>परामर्श (&amp;U)… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the consultation: notes, diagnoses, prescription</source>
        <translation>परामर्श खोलें: नोट्स, निदान, पर्चा</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/dialogs.py" line="-173"/>
        <source>Token {token} · {who} · {mrn}</source>
        <translation>टोकन {token} · {who} · {mrn}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — HMS Desktop</source>
        <translation>{title} — HMS Desktop</translation>
    </message>
</context>
<context>
    <name>QueueFeed</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/feed.py" line="+85"/>
        <source>reading the queue</source>
        <translation>कतार पढ़ते समय</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Live · updated {time}</source>
        <translation>● लाइव · {time} पर अपडेट</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>○ Offline · reconnecting…</source>
        <translation>○ ऑफ़लाइन · फिर से जुड़ रहा है…</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/filters.py" line="+52"/>
        <source>reading departments and doctors</source>
        <translation>विभाग और डॉक्टर पढ़ते समय</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All departments</source>
        <translation>सभी विभाग</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mine (my list)</source>
        <translation>मेरे (मेरी सूची)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All doctors</source>
        <translation>सभी डॉक्टर</translation>
    </message>
</context>
<context>
    <name>QueueForm</name>
    <message>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Depart&amp;ment</source>
        <translation>विभाग (&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation>डॉक्टर (&amp;O)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>दिखाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>Open (waiting, called, in consultation)</source>
        <translation>खुले (प्रतीक्षा में, बुलाए गए, परामर्श में)</translation>
    </message>
    <message>
        <source>All today (incl. done, left, transferred)</source>
        <translation>आज के सभी (पूरे, चले गए, ट्रांसफ़र समेत)</translation>
    </message>
    <message>
        <source>Find token or name (Ctrl+F)</source>
        <translation>टोकन या नाम खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>आगे बढ़ाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Give the freed place to this patient</source>
        <translation>खाली हुई जगह इस रोगी को दें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>■ ▲  EMERGENCY — red and orange</source>
        <translation>■ ▲  इमरजेंसी — लाल और नारंगी</translation>
    </message>
    <message>
        <source>No emergency cases (red or orange) waiting.</source>
        <translation>कोई इमरजेंसी केस (लाल या नारंगी) प्रतीक्षा में नहीं।</translation>
    </message>
    <message>
        <source>Queue — in the order patients will be called</source>
        <translation>कतार — जिस क्रम में रोगी बुलाए जाएँगे</translation>
    </message>
    <message>
        <source>&amp;Triage… (Ctrl+T)</source>
        <translation>ट्राइएज (&amp;T)… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Record complaint, vitals and level</source>
        <translation>शिकायत, वाइटल्स और स्तर दर्ज करें</translation>
    </message>
    <message>
        <source>&amp;Assign doctor…</source>
        <translation>डॉक्टर तय करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Put the patient on a doctor&apos;s list</source>
        <translation>रोगी को किसी डॉक्टर की सूची में डालें</translation>
    </message>
    <message>
        <source>&amp;Call next (Ctrl+Enter)</source>
        <translation>अगला बुलाएँ (&amp;C) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call the top patient waiting for you</source>
        <translation>आपकी प्रतीक्षा में सबसे ऊपर वाले रोगी को बुलाएँ</translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation>फिर बुलाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>Call this patient (again) to your room</source>
        <translation>इस रोगी को (फिर से) अपने कमरे में बुलाएँ</translation>
    </message>
    <message>
        <source>&amp;Start consultation</source>
        <translation>परामर्श शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>पूरा करें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Not answered</source>
        <translation>नहीं आए (&amp;N)</translation>
    </message>
    <message>
        <source>The called patient did not come: back to waiting, keeping their place</source>
        <translation>बुलाया गया रोगी नहीं आया: अपनी जगह रखते हुए फिर प्रतीक्षा में</translation>
    </message>
    <message>
        <source>L&amp;eft…</source>
        <translation>चले गए (&amp;E)…</translation>
    </message>
    <message>
        <source>Left without being seen</source>
        <translation>दिखाए बिना चले गए</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>ट्रांसफ़र (&amp;R)…</translation>
    </message>
    <message>
        <source>Send to another doctor or department</source>
        <translation>दूसरे डॉक्टर या विभाग को भेजें</translation>
    </message>
    <message>
        <source>Print s&amp;lip (Ctrl+P)</source>
        <translation>पर्ची प्रिंट करें (&amp;L) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the token slip</source>
        <translation>टोकन पर्ची प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>QueueLanes</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/lanes.py" line="+114"/>
        <source>■ ▲  EMERGENCY — red and orange  (every doctor&apos;s list)</source>
        <translation>■ ▲  इमरजेंसी — लाल और नारंगी  (हर डॉक्टर की सूची)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ ▲  EMERGENCY — red and orange</source>
        <translation>■ ▲  इमरजेंसी — लाल और नारंगी</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{waiting} waiting · {emergency} emergency · {shown} shown</source>
        <translation>{waiting} प्रतीक्षा में · {emergency} इमरजेंसी · {shown} दिखाए गए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{waiting} waiting · {emergency} emergency</source>
        <translation>{waiting} प्रतीक्षा में · {emergency} इमरजेंसी</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/model.py" line="+49"/>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hms_desktop/gui/tabs/queue/words.py" line="+19"/>
        <source>Waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor / room</source>
        <translation>डॉक्टर / कमरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/words.py" line="+1"/>
        <source>Called</source>
        <translation>बुलाए गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In consultation</source>
        <translation>परामर्श में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>चले गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>ट्रांसफ़र हुए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage pending</source>
        <translation>ट्राइएज बाकी</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{m} min</source>
        <translation>{m} मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h {m} min</source>
        <translation>{h} घं {m} मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waited {duration}</source>
        <translation>{duration} रुके</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ due now</source>
        <translation>⚠ अभी देखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ overdue, {duration}</source>
        <translation>⚠ देरी, {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due {time}</source>
        <translation>{time} तक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↪ from {token}</source>
        <translation>↪ {token} से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promoted</source>
        <translation>आगे बढ़ाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not triaged yet: waits as standard until the nurse has seen them.</source>
        <translation>अभी ट्राइएज नहीं हुआ: नर्स के देखने तक सामान्य स्तर पर प्रतीक्षा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{level}: to be seen within {minutes} min</source>
        <translation>{level}: {minutes} मिनट के भीतर देखा जाना है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed from the suggested {level}: {reason}</source>
        <translation>सुझाए गए {level} से बदला गया: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrived {arrived}, target {minutes} min, due {due}</source>
        <translation>आए {arrived}, लक्ष्य {minutes} मिनट, {due} तक</translation>
    </message>
</context>
<context>
    <name>QueueOffers</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/offers.py" line="+64"/>
        <source>checking freed places</source>
        <translation>खाली हुई जगहें जाँचते समय</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ℹ {doctor} has room from a cancellation — offer it to token {token} ({initials})?</source>
        <translation>ℹ रद्द होने से {doctor} के पास जगह खाली है — क्या यह टोकन {token} ({initials}) को दें?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token {token} promoted to {doctor}&apos;s list.</source>
        <translation>टोकन {token} को {doctor} की सूची में आगे बढ़ाया गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>promoting</source>
        <translation>आगे बढ़ाते समय</translation>
    </message>
</context>
<context>
    <name>QueuePoller</name>
    <message>
        <location filename="../../hms_desktop/gui/live.py" line="+189"/>
        <source>checking the queue</source>
        <translation>कतार जाँचना</translation>
    </message>
</context>
<context>
    <name>RecipientFields</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/recipient.py" line="+40"/>
        <source>State: not recorded</source>
        <translation>राज्य: दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Place of supply: {state} ({code})</source>
        <translation>आपूर्ति का स्थान: {state} ({code})</translation>
    </message>
</context>
<context>
    <name>Reconnect</name>
    <message>
        <location filename="../../hms_desktop/gui/reconnect.py" line="+40"/>
        <source>checking the database connection</source>
        <translation>डेटाबेस कनेक्शन जाँचना</translation>
    </message>
</context>
<context>
    <name>RecordExportButton</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/record_export.py" line="+38"/>
        <source>E&amp;xport record…</source>
        <translation>रिकॉर्ड निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The patient&apos;s record as a PDF and a JSON file, for their request (audited)</source>
        <translation>रोगी के अनुरोध पर उसका रिकॉर्ड PDF और JSON फ़ाइल के रूप में (ऑडिट में दर्ज)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the patient&apos;s record in</source>
        <translation>रोगी का रिकॉर्ड यहाँ सहेजें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the record…</source>
        <translation>रिकॉर्ड लिखा जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exporting the patient&apos;s record</source>
        <translation>रोगी का रिकॉर्ड निर्यात करना</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {pdf} and {json} in {folder}.</source>
        <translation>{pdf} और {json} को {folder} में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>ReopenDay</name>
    <message>
        <source>Reopen a closed day</source>
        <translation>बंद किया दिन फिर खोलें</translation>
    </message>
    <message>
        <source>Reopening lets the cashier take payments and close the day again; the first close stays on record.</source>
        <translation>फिर खोलने पर कैशियर भुगतान ले सकता है और दिन दोबारा बंद कर सकता है; पहला बंद रिकॉर्ड में रहता है।</translation>
    </message>
    <message>
        <source>Closes &amp;from</source>
        <translation>इस तारीख से बंद (&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद होने का समय</translation>
    </message>
    <message>
        <source>Difference (₹)</source>
        <translation>अंतर (₹)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>फिर खोलें (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReopenDayDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/reopen.py" line="+44"/>
        <source>Reopen a closed day — HMS Desktop</source>
        <translation>बंद किया दिन फिर खोलें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading the day closes</source>
        <translation>दिन बंद के रिकॉर्ड पढ़ते समय</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reopened</source>
        <translation>फिर खोला गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No day was closed in these dates.</source>
        <translation>इन तारीखों में कोई दिन बंद नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reopen {cashier}&apos;s day {day}</source>
        <translation>{cashier} का {day} का दिन फिर खोलें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what went wrong at the close (recorded in the audit trail with your name).</source>
        <translation>बताएँ कि दिन बंद करते समय क्या गलत हुआ (यह आपके नाम के साथ ऑडिट ट्रेल में दर्ज होगा)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopened: the cashier can take entries again.</source>
        <translation>फिर खोला गया: कैशियर फिर से एंट्री कर सकता है।</translation>
    </message>
</context>
<context>
    <name>ReopenReason</name>
    <message>
        <source>Reopen a day</source>
        <translation>दिन फिर खोलें</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportsBar</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/reports_bar.py" line="+53"/>
        <source>Day-end report</source>
        <translation>दिन के अंत की रिपोर्ट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>making the day-end report</source>
        <translation>दिन के अंत की रिपोर्ट बनाते समय</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export today&apos;s documents</source>
        <translation>आज के दस्तावेज़ निर्यात करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved {path}.</source>
        <translation>{path} सहेजा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exporting the day&apos;s documents</source>
        <translation>दिन के दस्तावेज़ निर्यात करते समय</translation>
    </message>
</context>
<context>
    <name>RescheduleAppointment</name>
    <message>
        <source>Reschedule appointment</source>
        <translation>अपॉइंटमेंट का समय बदलें</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>नया स्लॉट</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/dialogs.py" line="+8"/>
        <source>Reschedule appointment</source>
        <translation>अपॉइंटमेंट का समय बदलें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Reschedule</source>
        <translation>समय बदलें (&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{patient} with {doctor}, now {when}</source>
        <translation>{patient}, {doctor} के साथ, अभी {when}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>reading slots</source>
        <translation>स्लॉट पढ़ना</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No free slot that day: try another day or doctor.</source>
        <translation>उस दिन कोई स्लॉट ख़ाली नहीं: दूसरा दिन या डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the new slot.</source>
        <translation>नया स्लॉट चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rescheduling</source>
        <translation>समय बदलना</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That slot was just taken by another desk. Pick another one.</source>
        <translation>यह स्लॉट अभी-अभी दूसरे डेस्क ने ले लिया। कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>ResetPassword</name>
    <message>
        <source>Reset a password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>नया पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <source>They must choose their own password at the next sign-in</source>
        <translation>अगले साइन इन पर उन्हें अपना पासवर्ड चुनना होगा</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/staff.py" line="+174"/>
        <source>Reset the password of {username} — HMS Desktop</source>
        <translation>{username} का पासवर्ड रीसेट करें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} ({username}) signs in with this password once.</source>
        <translation>{name} ({username}) इस पासवर्ड से केवल एक बार साइन इन करेंगे।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resetting the password</source>
        <translation>पासवर्ड रीसेट करते समय</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_rules.py" line="-94"/>
        <source>none: any doctor</source>
        <translation>कोई नहीं: कोई भी डॉक्टर</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New rule</source>
        <translation>नया नियम</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing “{keyword}”</source>
        <translation>“{keyword}” बदला जा रहा है</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location line="-179"/>
        <source>Sign (keyword)</source>
        <translation>लक्षण (कीवर्ड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <translation>कम से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>RxModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/rx_line.py" line="+16"/>
        <source>Generic name</source>
        <translation>जेनेरिक नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>शक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>रूप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>खुराक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>मार्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freq.</source>
        <translation>कितनी बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOS h</source>
        <translation>SOS घं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/rx_model.py" line="+98"/>
        <source>Computed from dose × frequency × days; type a number to change it</source>
        <translation>खुराक × कितनी बार × दिन से गणना; बदलने के लिए संख्या लिखें</translation>
    </message>
</context>
<context>
    <name>RxTable</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/rx_table.py" line="+211"/>
        <location line="+15"/>
        <source>Line {n}: {message}</source>
        <translation>पंक्ति {n}: {message}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/doctors/dialogs.py" line="-167"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Weekly schedule</source>
        <translation>साप्ताहिक समय-सारणी</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weekday</source>
        <translation>सप्ताह का दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot length</source>
        <translation>स्लॉट की अवधि</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the schedule</source>
        <translation>समय-सारणी पढ़ना</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A session must end after it starts: {sessions}.</source>
        <translation>सत्र शुरू होने के बाद ही समाप्त होना चाहिए: {sessions}।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the schedule</source>
        <translation>समय-सारणी सहेजना</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Weekly schedule</source>
        <translation>साप्ताहिक समय-सारणी</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>सत्र जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>सत्र हटाएँ (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/consult/sending.py" line="+95"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saving the consultation</source>
        <translation>परामर्श सहेजना</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft saved at {time}. The prescription lines are kept on this computer until you complete.</source>
        <translation>ड्राफ़्ट {time} बजे सहेजा गया। पर्चे की पंक्तियाँ पूरा करने तक इसी कंप्यूटर पर रखी जाती हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved at {time}.</source>
        <translation>ड्राफ़्ट {time} बजे सहेजा गया।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completing…</source>
        <translation>पूरा किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>completing the consultation</source>
        <translation>परामर्श पूरा करना</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consultation completed.</source>
        <translation>परामर्श पूरा हुआ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prescription {code}.</source>
        <translation>पर्चा {code}।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the cashier: {charges}.</source>
        <translation>कैशियर के लिए: {charges}।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check the warnings under the prescription, tick “Warnings checked — complete anyway” and complete again.</source>
        <translation>पर्चे के नीचे की चेतावनियाँ देखें, “चेतावनियाँ देख लीं — फिर भी पूरा करें” पर टिक करें और फिर से पूरा करें।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>building the prescription</source>
        <translation>पर्चा बनाना</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prescription {code} — {patient}</source>
        <translation>पर्चा {code} — {patient}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The consultation is completed, but the printout failed: {error}</source>
        <translation>परामर्श पूरा हो गया, पर प्रिंटआउट नहीं बन सका: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{error} Your notes are kept on this computer.</source>
        <translation>{error} आपके नोट्स इसी कंप्यूटर पर रखे गए हैं।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Please correct what is marked in red.</source>
        <translation>कृपया लाल रंग में दिखाई गई बातें ठीक करें।</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/service_dialog.py" line="+29"/>
        <source>Working…</source>
        <translation>काम हो रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} — HMS Desktop</source>
        <translation>{title} — HMS Desktop</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <location filename="../../hms_desktop/gui/service_messages.py" line="+11"/>
        <source>A PIN code has six digits and does not start with 0.</source>
        <translation>पिन कोड में छह अंक होते हैं और यह 0 से शुरू नहीं होता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004).</source>
        <translation>SAC या HSN कोड में 4, 6 या 8 अंक होते हैं (जैसे 999312, 3004)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPI ID looks like clinicname@okhdfcbank (name, @, the bank&apos;s handle).</source>
        <translation>UPI ID clinicname@okhdfcbank जैसी होती है (नाम, @, बैंक का हैंडल)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class name of 2-30 capitals, digits or _ (e.g. MEDICINE_5).</source>
        <translation>2-30 बड़े अक्षरों, अंकों या _ का वर्ग नाम (जैसे MEDICINE_5)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code of 1-20 letters, digits or - _ / . (e.g. CONSULT-SP).</source>
        <translation>1-20 अक्षरों, अंकों या - _ / . का कोड (जैसे CONSULT-SP)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code of 1-20 letters, digits or - _ / . is required.</source>
        <translation>1-20 अक्षरों, अंकों या - _ / . का कोड ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A count cannot be negative.</source>
        <translation>गिनती ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note shows the recipient&apos;s address (Rule 53(1A)(f)): enter the patient&apos;s address.</source>
        <translation>क्रेडिट नोट पर प्राप्तकर्ता का पता छपता है (नियम 53(1A)(f)): रोगी का पता दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day can be closed only once it has begun: today or an earlier day.</source>
        <translation>दिन शुरू होने के बाद ही बंद किया जा सकता है: आज या पहले का कोई दिन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount above {0}% of the line needs a reason.</source>
        <translation>पंक्ति के {0}% से अधिक छूट के लिए कारण ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount between 0 and {0}.</source>
        <translation>0 और {0} के बीच छूट।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A doctor calls patients to their own room only.</source>
        <translation>डॉक्टर रोगियों को केवल अपने कमरे में बुलाते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document number series only moves forward; it cannot be changed or rewound</source>
        <translation>दस्तावेज़ नंबर की शृंखला केवल आगे बढ़ती है; इसे बदला या पीछे नहीं किया जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A favourite holds at most {0} lines.</source>
        <translation>एक पसंदीदा में अधिकतम {0} पंक्तियाँ होती हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A landline has its STD code and number, 10 digits with the 0: e.g. 080 4123 4567.</source>
        <translation>लैंडलाइन में STD कोड और नंबर होता है, 0 सहित 10 अंक: जैसे 080 4123 4567।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A less urgent level cannot have a shorter target time.</source>
        <translation>कम अत्यावश्यक स्तर का लक्ष्य समय किसी अधिक अत्यावश्यक स्तर से कम नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line and the quantity to credit.</source>
        <translation>एक पंक्ति और क्रेडिट करने की मात्रा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is too large for its field</source>
        <translation>कोई संख्या अपने फ़ील्ड के लिए बहुत बड़ी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is too large for its field.</source>
        <translation>कोई संख्या अपने फ़ील्ड के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password needs a user name.</source>
        <translation>पासवर्ड के लिए उपयोगकर्ता नाम ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage between 0 and 100, with at most 2 decimals.</source>
        <translation>0 और 100 के बीच प्रतिशत, अधिकतम 2 दशमलव के साथ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage between 0 and 100.</source>
        <translation>0 और 100 के बीच प्रतिशत।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage from 0 to 100, at most two decimals.</source>
        <translation>0 से 100 तक प्रतिशत, अधिकतम दो दशमलव।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage, e.g. 5 or 18.</source>
        <translation>प्रतिशत, जैसे 5 या 18।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is 1 to 6 letters or digits starting with a letter, e.g. INV or OPD.</source>
        <translation>उपसर्ग में 1 से 6 अक्षर या अंक होते हैं, और यह अक्षर से शुरू होता है, जैसे INV या OPD।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription needs at least one drug line.</source>
        <translation>पर्चे में कम से कम एक दवा की पंक्ति ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price from {0} is already in force; bills used it.</source>
        <translation>{0} से लागू एक मूल्य पहले से है; बिलों में इसका उपयोग हो चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity above zero, at most 2 decimals.</source>
        <translation>शून्य से अधिक मात्रा, अधिकतम 2 दशमलव।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record this one refers to does not exist (it may have been removed); refresh and try again</source>
        <translation>जिस रिकॉर्ड का यह उल्लेख करता है वह मौजूद नहीं है (शायद हटा दिया गया है); ताज़ा करके फिर से कोशिश करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registered recipient&apos;s address is printed (Rule 46(d)).</source>
        <translation>पंजीकृत प्राप्तकर्ता का पता छपता है (नियम 46(d))।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required value is missing</source>
        <translation>एक ज़रूरी मान नहीं दिया गया है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit of at most 10 characters (NOS, STRIP, TAB...).</source>
        <translation>अधिकतम 10 अक्षरों की इकाई (NOS, STRIP, TAB...)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit of at most 10 characters.</source>
        <translation>अधिकतम 10 अक्षरों की इकाई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is not allowed here</source>
        <translation>यहाँ यह मान स्वीकार्य नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is too long for its field</source>
        <translation>कोई मान अपने फ़ील्ड के लिए बहुत लंबा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number.</source>
        <translation>एक पूर्ण संख्या।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 or A4.</source>
        <translation>A5 या A4।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA address</source>
        <translation>ABHA पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA number</source>
        <translation>ABHA नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLERGIES: {0}</source>
        <translation>एलर्जी: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active or not (yes or no).</source>
        <translation>सक्रिय है या नहीं (हाँ या नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one drug line to save as a favourite.</source>
        <translation>पसंदीदा के रूप में सहेजने के लिए कम से कम एक दवा की पंक्ति जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one line to bill.</source>
        <translation>बिल बनाने के लिए कम से कम एक पंक्ति जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (when there is no date of birth)</source>
        <translation>आयु (जब जन्म तिथि न हो)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cashiers</source>
        <translation>सभी कैशियर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic to…</source>
        <translation>इनसे एलर्जी…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies: not recorded</source>
        <translation>एलर्जी: दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy recorded: </source>
        <translation>एलर्जी दर्ज है: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ABHA address looks like name@abdm.</source>
        <translation>ABHA पता name@abdm जैसा होता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX).</source>
        <translation>ABHA नंबर में 14 अंक होते हैं (XX-XXXX-XXXX-XXXX)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address on the bill is printed with its State&apos;s name and code (Rule 46(e)): choose the patient&apos;s State.</source>
        <translation>बिल पर पता उसके राज्य के नाम और कोड के साथ छपता है (नियम 46(e)): रोगी का राज्य चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator already exists; sign in and add users from the Users tab.</source>
        <translation>प्रशासक पहले से मौजूद है; साइन इन करें और उपयोगकर्ता टैब से उपयोगकर्ता जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount from 0 up to 9,99,99,99,999.99.</source>
        <translation>0 से 9,99,99,99,999.99 तक की राशि।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exempt class has rate 0.</source>
        <translation>छूट-प्राप्त वर्ग की दर 0 होती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice cannot be dated in the future.</source>
        <translation>इनवॉइस की तारीख भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An old id has at most 40 characters.</source>
        <translation>पुरानी ID में अधिकतम 40 अक्षर होते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andaman and Nicobar Islands</source>
        <translation>अंडमान और निकोबार द्वीपसमूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andhra Pradesh</source>
        <translation>आंध्र प्रदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andhra Pradesh (before division)</source>
        <translation>आंध्र प्रदेश (विभाजन से पहले)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another department already has this {0}.</source>
        <translation>किसी दूसरे विभाग का {0} पहले से यही है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk called this patient a moment ago.</source>
        <translation>किसी दूसरी डेस्क ने अभी-अभी इस रोगी को बुलाया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk changed this patient&apos;s queue entry a moment ago; check and save again.</source>
        <translation>किसी दूसरी डेस्क ने अभी-अभी इस रोगी की कतार प्रविष्टि बदली है; जाँचें और फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk changed this patient&apos;s queue entry a moment ago; the queue has been refreshed, check it and try again.</source>
        <translation>किसी दूसरी डेस्क ने अभी-अभी इस रोगी की कतार प्रविष्टि बदली है; कतार ताज़ा कर दी गई है, इसे जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk is working on this record right now. Try again in a moment.</source>
        <translation>कोई दूसरी डेस्क अभी इस रिकॉर्ड पर काम कर रही है। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk moved this patient a moment ago.</source>
        <translation>किसी दूसरी डेस्क ने अभी-अभी इस रोगी को आगे-पीछे किया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor already has this registration number.</source>
        <translation>किसी दूसरे डॉक्टर का यही पंजीकरण नंबर पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor has already called this patient.</source>
        <translation>किसी दूसरे डॉक्टर ने इस रोगी को पहले ही बुला लिया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor is seeing this patient.</source>
        <translation>कोई दूसरे डॉक्टर इस रोगी को देख रहे हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment cancelled: {0}</source>
        <translation>अपॉइंटमेंट रद्द: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment confirmed: {0}</source>
        <translation>अपॉइंटमेंट की पुष्टि: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment moved to {0}</source>
        <translation>अपॉइंटमेंट का समय बदलकर {0} किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment time</source>
        <translation>अपॉइंटमेंट का समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments can be booked at most {0} days ahead.</source>
        <translation>अपॉइंटमेंट अधिकतम {0} दिन आगे तक बुक हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments per day</source>
        <translation>प्रति दिन अपॉइंटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arunachal Pradesh</source>
        <translation>अरुणाचल प्रदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia/Kolkata</source>
        <translation>Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assam</source>
        <translation>असम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 1 decimal place.</source>
        <translation>अधिकतम 1 दशमलव स्थान।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 10 characters (NOS, STRIP, TAB...).</source>
        <translation>अधिकतम 10 अक्षर (NOS, STRIP, TAB...)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 200 characters.</source>
        <translation>अधिकतम 200 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 300 characters.</source>
        <translation>अधिकतम 300 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 500 characters.</source>
        <translation>अधिकतम 500 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 60 characters.</source>
        <translation>अधिकतम 60 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 80 characters.</source>
        <translation>अधिकतम 80 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two decimals (paise).</source>
        <translation>अधिकतम दो दशमलव (पैसे)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters (this has {1}).</source>
        <translation>अधिकतम {0} अक्षर (इसमें {1} हैं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters in capitals; shorten the name.</source>
        <translation>बड़े अक्षरों में अधिकतम {0} अक्षर; नाम छोटा करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters.</source>
        <translation>अधिकतम {0} अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} decimal places.</source>
        <translation>अधिकतम {0} दशमलव स्थान।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit row {0} (id {1}, {2}) does not match its digest: it, or the row before it, was changed after it was written.</source>
        <translation>ऑडिट पंक्ति {0} (id {1}, {2}) अपने डाइजेस्ट से मेल नहीं खाती: इसे, या इससे पहले की पंक्ति को, लिखे जाने के बाद बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit rows {0} are missing: deleted after they were written (the chain resumes at {1}).</source>
        <translation>ऑडिट पंक्तियाँ {0} गायब हैं: लिखे जाने के बाद हटा दी गईं (शृंखला {1} पर फिर शुरू होती है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BILL OF SUPPLY</source>
        <translation>आपूर्ति बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups: by the database server&apos;s DBA</source>
        <translation>बैकअप: डेटाबेस सर्वर के DBA द्वारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 0 (today only) and {0} days.</source>
        <translation>0 (केवल आज) और {0} दिनों के बीच।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 240 minutes.</source>
        <translation>1 और 240 मिनट के बीच।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 365 days.</source>
        <translation>1 और 365 दिनों के बीच।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 72 hours.</source>
        <translation>1 और 72 घंटों के बीच।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and {0} days.</source>
        <translation>1 और {0} दिनों के बीच।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bihar</source>
        <translation>बिहार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose (finger-prick)</source>
        <translation>ब्लड ग्लूकोज़ (उँगली से)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate</source>
        <translation>CA प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREDIT NOTE</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the export folder {0}: {1}.</source>
        <translation>एक्सपोर्ट फ़ोल्डर {0} नहीं बन सका: {1}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the database server. Check the server name and port in the connection settings, that the server is running, and that this computer is on the network.</source>
        <translation>डेटाबेस सर्वर तक नहीं पहुँच पा रहे। कनेक्शन सेटिंग्स में सर्वर का नाम और पोर्ट जाँचें, देखें कि सर्वर चल रहा है, और यह कंप्यूटर नेटवर्क से जुड़ा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the mail server {0}:{1} ({2}: {3}).</source>
        <translation>मेल सर्वर {0}:{1} तक नहीं पहुँच पा रहे ({2}: {3})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash, card or UPI (or none to reduce the dues).</source>
        <translation>नकद, कार्ड या UPI (या बकाया घटाने के लिए कोई नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash, card or UPI.</source>
        <translation>नकद, कार्ड या UPI।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre Jurisdiction</source>
        <translation>केंद्र क्षेत्राधिकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chandigarh</source>
        <translation>चंडीगढ़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge {0} has just been billed by another desk.</source>
        <translation>शुल्क {0} का बिल अभी-अभी किसी दूसरी डेस्क ने बनाया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chhattisgarh</source>
        <translation>छत्तीसगढ़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &apos;No known allergies&apos; (and leave the list empty) rather than typing it.</source>
        <translation>&apos;कोई ज्ञात एलर्जी नहीं&apos; चुनें (और सूची खाली छोड़ें), इसे टाइप न करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A, C, V, P or U (ACVPU).</source>
        <translation>A, C, V, P या U (ACVPU) चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose M, F or O.</source>
        <translation>M, F या O चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a closed day.</source>
        <translation>बंद किया गया दिन चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date.</source>
        <translation>तारीख चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a department.</source>
        <translation>विभाग चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a doctor.</source>
        <translation>डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a favourite.</source>
        <translation>पसंदीदा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a password different from the current one.</source>
        <translation>मौजूदा पासवर्ड से अलग पासवर्ड चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff account.</source>
        <translation>स्टाफ़ खाता चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a tax class of the rate table: {0}.</source>
        <translation>दर तालिका का कोई कर वर्ग चुनें: {0}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active department.</source>
        <translation>कोई सक्रिय विभाग चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active doctor.</source>
        <translation>कोई सक्रिय डॉक्टर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an appointment.</source>
        <translation>अपॉइंटमेंट चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose none, starttls or ssl.</source>
        <translation>none, starttls या ssl चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose not recorded, none known, or a list.</source>
        <translation>दर्ज नहीं, कोई ज्ञात नहीं, या एक सूची चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the five triage levels.</source>
        <translation>ट्राइएज के पाँच स्तरों में से एक चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of {0}.</source>
        <translation>{0} में से एक चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of: {0}.</source>
        <translation>इनमें से एक चुनें: {0}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose pending, sent or failed.</source>
        <translation>pending, sent या failed चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the doctor or department to transfer to.</source>
        <translation>जिस डॉक्टर या विभाग को ट्रांसफ़र करना है, उसे चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the patient.</source>
        <translation>रोगी चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose yes or no.</source>
        <translation>हाँ या नहीं चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock(zone={0})</source>
        <translation>Clock(zone={0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code {0} is also on row {1}.</source>
        <translation>कोड {0} पंक्ति {1} पर भी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {0}</source>
        <translation>कॉलम {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {0} is already mapped to {1}.</source>
        <translation>कॉलम {0} पहले से {1} से जुड़ा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation fee</source>
        <translation>परामर्श शुल्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation — {0}</source>
        <translation>परामर्श — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains {0}: remove it and type the text again.</source>
        <translation>इसमें {0} है: इसे हटाकर पाठ फिर से टाइप करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to the database</source>
        <translation>डेटाबेस से कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit a quantity above zero, at most 2 decimals.</source>
        <translation>शून्य से अधिक मात्रा क्रेडिट करें, अधिकतम 2 दशमलव।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dadra and Nagar Haveli and Daman and Diu</source>
        <translation>दादरा और नगर हवेली और दमन और दीव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daman and Diu</source>
        <translation>दमन और दीव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead / non-urgent</source>
        <translation>मृत / ग़ैर-अत्यावश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {0},

{1}
Doctor: {2} ({3})
MRN: {4}
{5}
</source>
        <translation>प्रिय {0},

{1}
डॉक्टर: {2} ({3})
MRN: {4}
{5}
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delhi</source>
        <translation>दिल्ली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department (name or code)</source>
        <translation>विभाग (नाम या कोड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the diagnosis or pick an ICD-10 code.</source>
        <translation>निदान लिखें या कोई ICD-10 कोड चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>डायस्टोलिक BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP must be lower than systolic BP.</source>
        <translation>डायस्टोलिक BP सिस्टोलिक BP से कम होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the trailing zero: 5 mg, not 5.0 mg.</source>
        <translation>अंत का शून्य हटाएँ: 5 mg, 5.0 mg नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECG (12-lead)</source>
        <translation>ECG (12-लीड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each level of the scale is a colour, a name and a target.</source>
        <translation>स्केल का हर स्तर एक रंग, एक नाम और एक लक्ष्य है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>आपातकाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency phone</source>
        <translation>आपातकालीन फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergent</source>
        <translation>आपातकालीन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted backups are on but no passphrase is in the keychain: set one with `hms-desktop-admin backup passphrase`, or turn encryption off.</source>
        <translation>एन्क्रिप्टेड बैकअप चालू हैं पर कीचेन में कोई पासफ़्रेज़ नहीं है: `hms-desktop-admin backup passphrase` से एक सेट करें, या एन्क्रिप्शन बंद करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>समाप्ति समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date and time.</source>
        <translation>तारीख और समय दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date.</source>
        <translation>तारीख दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a fee of zero or more rupees.</source>
        <translation>शून्य या अधिक रुपये का शुल्क दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number (not infinity or NaN).</source>
        <translation>एक संख्या दर्ज करें (infinity या NaN नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number.</source>
        <translation>एक संख्या दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a sign of at least 3 letters, e.g. &apos;chest pain&apos;.</source>
        <translation>कम से कम 3 अक्षरों का लक्षण दर्ज करें, जैसे &apos;chest pain&apos;।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation>एक पूर्ण संख्या दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount above zero.</source>
        <translation>शून्य से अधिक राशि दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees and whole paise.</source>
        <translation>रुपये और पूरे पैसे में राशि दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees, e.g. 150.50.</source>
        <translation>रुपये में राशि दर्ज करें, जैसे 150.50।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees, e.g. 350 or 350.50.</source>
        <translation>रुपये में राशि दर्ज करें, जैसे 350 या 350.50।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter how often (OD, BD, TDS, QID, HS, SOS or in words).</source>
        <translation>कितनी बार, यह दर्ज करें (OD, BD, TDS, QID, HS, SOS या शब्दों में)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter text.</source>
        <translation>पाठ दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the UPI transaction reference.</source>
        <translation>UPI लेन-देन संदर्भ दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>प्रशासक का पूरा नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the age.</source>
        <translation>आयु दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amounts counted.</source>
        <translation>गिनी गई राशियाँ दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the clinic&apos;s legal name (as registered for GST).</source>
        <translation>क्लिनिक का कानूनी नाम दर्ज करें (जैसा GST के लिए पंजीकृत है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the closing time as HH:MM.</source>
        <translation>बंद होने का समय HH:MM में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company&apos;s legal name as registered for GST.</source>
        <translation>कंपनी का कानूनी नाम दर्ज करें, जैसा GST के लिए पंजीकृत है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date of birth or the age.</source>
        <translation>जन्म तिथि या आयु दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the price applies from.</source>
        <translation>वह तारीख दर्ज करें जिससे मूल्य लागू होता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the price or rate applies from.</source>
        <translation>वह तारीख दर्ज करें जिससे मूल्य या दर लागू होती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the department&apos;s name (at most 80 characters).</source>
        <translation>विभाग का नाम दर्ज करें (अधिकतम 80 अक्षर)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the e-mail address to send the test to.</source>
        <translation>वह ई-मेल पता दर्ज करें जिस पर परीक्षण ई-मेल भेजना है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the first name.</source>
        <translation>पहला नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the generic name.</source>
        <translation>जेनेरिक नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the item&apos;s code.</source>
        <translation>आइटम का कोड दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the item&apos;s name.</source>
        <translation>आइटम का नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the mail server&apos;s name.</source>
        <translation>मेल सर्वर का नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the medicine&apos;s generic name.</source>
        <translation>दवा का जेनेरिक नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the mobile number.</source>
        <translation>मोबाइल नंबर दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the opening time as HH:MM.</source>
        <translation>खुलने का समय HH:MM में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>व्यक्ति का पूरा नाम दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the prefix, e.g. INV or OPD.</source>
        <translation>उपसर्ग दर्ज करें, जैसे INV या OPD।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the quantity to credit.</source>
        <translation>क्रेडिट करने की मात्रा दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the registration&apos;s expiry date.</source>
        <translation>पंजीकरण की समाप्ति तिथि दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sender&apos;s e-mail address.</source>
        <translation>भेजने वाले का ई-मेल पता दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the start and end as HH:MM.</source>
        <translation>शुरू और अंत का समय HH:MM में दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on this invoice has already been credited.</source>
        <translation>इस इनवॉइस का सब कुछ पहले ही क्रेडिट हो चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite prescriptions belong to a doctor&apos;s profile.</source>
        <translation>पसंदीदा पर्चे डॉक्टर की प्रोफ़ाइल से जुड़े होते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the consultation with token {0} before calling the next patient.</source>
        <translation>अगले रोगी को बुलाने से पहले टोकन {0} का परामर्श पूरा करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitness certificate (employer)</source>
        <translation>फ़िटनेस प्रमाणपत्र (नियोक्ता के लिए)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up consultation</source>
        <translation>फ़ॉलो-अप परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Rs 50,000 of taxable value the invoice must show the patient&apos;s address: enter it.</source>
        <translation>₹50,000 के कर योग्य मूल्य से इनवॉइस पर रोगी का पता दिखाना ज़रूरी है: इसे दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender / sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General consultation</source>
        <translation>सामान्य परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the cancellation.</source>
        <translation>रद्द करने का कारण दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give either a price-list item or a pending charge.</source>
        <translation>मूल्य सूची का आइटम या बकाया शुल्क, इनमें से एक दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the minimum hours between SOS doses.</source>
        <translation>SOS खुराकों के बीच कम से कम कितने घंटे का अंतर हो, यह लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the credit note.</source>
        <translation>क्रेडिट नोट का कारण दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the starter items as a list.</source>
        <translation>शुरुआती आइटम सूची के रूप में दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this level a name.</source>
        <translation>इस स्तर को एक नाम दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>ग्लूकोज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goa</source>
        <translation>गोवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gujarat</source>
        <translation>गुजरात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecologist</source>
        <translation>स्त्री रोग विशेषज्ञ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop has this database open. Close the app on this computer (File → Quit), then restore.</source>
        <translation>HMS Desktop ने यह डेटाबेस खोल रखा है। इस कंप्यूटर पर ऐप बंद करें (फ़ाइल → बंद करें), फिर रीस्टोर करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop test e-mail</source>
        <translation>HMS Desktop परीक्षण ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop {0}</source>
        <translation>HMS Desktop {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haryana</source>
        <translation>हरियाणा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Himachal Pradesh</source>
        <translation>हिमाचल प्रदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMCI danger sign in a child under five ({0})</source>
        <translation>पाँच साल से छोटे बच्चे में IMCI खतरे का लक्षण ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVOICE-CUM-BILL OF SUPPLY</source>
        <translation>इनवॉइस-सह-आपूर्ति बिल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation>तत्काल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity</source>
        <translation>Infinity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection (administration)</source>
        <translation>इंजेक्शन (लगाना)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {0} no longer matches the seal taken when it was issued: its stored rows were changed outside HMS Desktop. It is not printed. Tell the administrator (they can run “hms-desktop-admin audit verify”).</source>
        <translation>इनवॉइस {0} जारी करते समय ली गई सील से अब मेल नहीं खाता: इसकी सहेजी गई पंक्तियाँ HMS Desktop के बाहर बदली गई हैं। इसे प्रिंट नहीं किया जाता। प्रशासक को बताएँ (वे “hms-desktop-admin audit verify” चला सकते हैं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices can be dated {0} (the clinic&apos;s setting); {1} is too early.</source>
        <translation>इनवॉइस की तारीख {0} रखी जा सकती है (क्लिनिक की सेटिंग); {1} बहुत पहले की है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued documents and the audit trail cannot be changed or deleted; corrections are made with a new record (a credit note, an amended prescription)</source>
        <translation>जारी दस्तावेज़ और ऑडिट ट्रेल बदले या हटाए नहीं जा सकते; सुधार नए रिकॉर्ड से किए जाते हैं (क्रेडिट नोट, संशोधित पर्चा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>आइटम कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jammu and Kashmir</source>
        <translation>जम्मू और कश्मीर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jharkhand</source>
        <translation>झारखंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karnataka</source>
        <translation>कर्नाटक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerala</source>
        <translation>केरल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (service, procedure, medicine)</source>
        <translation>प्रकार (सेवा, प्रक्रिया, दवा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ladakh</source>
        <translation>लद्दाख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lakshadweep</source>
        <translation>लक्षद्वीप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline (with STD code)</source>
        <translation>लैंडलाइन (STD कोड सहित)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup {0} ago</source>
        <translation>आख़िरी बैकअप {0} पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup {0} ago: back up now (Settings → Back up now)</source>
        <translation>आख़िरी बैकअप {0} पहले: अभी बैकअप लें (सेटिंग्स → अभी बैकअप लें)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less urgent</source>
        <translation>कम अत्यावश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}</source>
        <translation>पंक्ति {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0} is not on invoice {1}.</source>
        <translation>पंक्ति {0} इनवॉइस {1} में नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}, {1}</source>
        <translation>पंक्ति {0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}: only {1} is left to credit (asked {2}).</source>
        <translation>पंक्ति {0}: क्रेडिट करने को केवल {1} बचा है ({2} माँगा गया)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the allergies (e.g. penicillin - rash), or choose none known.</source>
        <translation>एलर्जी की सूची दें (जैसे penicillin - rash), या &apos;कोई ज्ञात एलर्जी नहीं&apos; चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>निम्न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (follow-up)</source>
        <translation>निम्न (फ़ॉलो-अप)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEOWS trigger: {0}</source>
        <translation>MEOWS ट्रिगर: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEOWS: {0} (yellow)</source>
        <translation>MEOWS: {0} (पीला)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN prefix</source>
        <translation>MRN उपसर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madhya Pradesh</source>
        <translation>मध्य प्रदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maharashtra</source>
        <translation>महाराष्ट्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manipur</source>
        <translation>मणिपुर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map a name column (Name, or First name).</source>
        <translation>नाम का कॉलम जोड़ें (नाम, या पहला नाम)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the date of birth or the age column.</source>
        <translation>जन्म तिथि या आयु का कॉलम जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the gender / sex column: the register needs it.</source>
        <translation>लिंग का कॉलम जोड़ें: रजिस्टर के लिए यह ज़रूरी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meghalaya</source>
        <translation>मेघालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mizoram</source>
        <translation>मिज़ोरम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the balance due ({0}).</source>
        <translation>बकाया राशि ({0}) से अधिक।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least {0}.</source>
        <translation>कम से कम {0} होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at most {0}.</source>
        <translation>अधिकतम {0} होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not be zero.</source>
        <translation>शून्य नहीं होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2 does not apply (under 16): readings are checked against the normal ranges for the child&apos;s age (APLS, PALS, NICE NG143).</source>
        <translation>NEWS2 लागू नहीं होता (16 से कम आयु): रीडिंग बच्चे की आयु की सामान्य सीमाओं से जाँची जाती हैं (APLS, PALS, NICE NG143)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2 does not apply in pregnancy: readings are checked against the obstetric early-warning chart (MEOWS).</source>
        <translation>गर्भावस्था में NEWS2 लागू नहीं होता: रीडिंग प्रसूति अर्ली-वॉर्निंग चार्ट (MEOWS) से जाँची जाती हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (high)</source>
        <translation>NEWS2{0} {1} (उच्च)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (low-medium: {2} scores 3)</source>
        <translation>NEWS2{0} {1} (निम्न-मध्यम: {2} का स्कोर 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (medium)</source>
        <translation>NEWS2{0} {1} (मध्यम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagaland</source>
        <translation>नागालैंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (one column: first and last)</source>
        <translation>नाम (एक कॉलम: पहला और अंतिम नाम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the favourite (e.g. URTI adult).</source>
        <translation>पसंदीदा को नाम दें (जैसे URTI adult)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nebulisation</source>
        <translation>नेबुलाइज़ेशन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New time</source>
        <translation>नया समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No GST rate is set for {0} on {1}.</source>
        <translation>{1} को {0} के लिए कोई GST दर तय नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup yet: Settings → Back up now (or `hms-desktop-admin backup create`)</source>
        <translation>अभी तक कोई बैकअप नहीं: सेटिंग्स → अभी बैकअप लें (या `hms-desktop-admin backup create`)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No department</source>
        <translation>कोई विभाग नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No doctor</source>
        <translation>कोई डॉक्टर नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No known allergies</source>
        <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-urgent</source>
        <translation>ग़ैर-अत्यावश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a GST State code (e.g. 29).</source>
        <translation>GST राज्य कोड नहीं है (जैसे 29)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a GST State code: 01-38 or 97 (e.g. 29 Karnataka, 38 Ladakh).</source>
        <translation>GST राज्य कोड नहीं है: 01-38 या 97 (जैसे 29 कर्नाटक, 38 लद्दाख)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a clinic setting.</source>
        <translation>यह क्लिनिक की कोई सेटिंग नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a drug line.</source>
        <translation>यह दवा की पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a field of this import.</source>
        <translation>यह इस आयात का फ़ील्ड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a price-list item.</source>
        <translation>यह मूल्य सूची की मद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid GSTIN: 15 characters, State code, PAN, entity number, Z and a check character (e.g. 29AAACI1681G1ZJ). Check it against the company&apos;s registration.</source>
        <translation>मान्य GSTIN नहीं है: 15 अक्षर — राज्य कोड, PAN, इकाई संख्या, Z और एक जाँच अक्षर (जैसे 29AAACI1681G1ZJ)। इसे कंपनी के पंजीकरण से मिलाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid GSTIN: check the 15 characters (the last one is a check character).</source>
        <translation>मान्य GSTIN नहीं है: 15 अक्षर जाँचें (अंतिम अक्षर जाँच अक्षर है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a vital sign.</source>
        <translation>यह कोई वाइटल साइन नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Indian landline: the STD code and number, e.g. 080 4123 4567.</source>
        <translation>भारतीय लैंडलाइन नहीं है: STD कोड और नंबर, जैसे 080 4123 4567।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Indian mobile number.</source>
        <translation>भारतीय मोबाइल नंबर नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an Indian mobile number: 10 digits starting 6-9 (with or without +91).</source>
        <translation>भारतीय मोबाइल नंबर नहीं है: 6-9 से शुरू होने वाले 10 अंक (+91 के साथ या बिना)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address.</source>
        <translation>ई-मेल पता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an invoice line.</source>
        <translation>यह इनवॉइस की पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the doctor&apos;s slots: pick a time inside the doctor&apos;s session and the department&apos;s hours.</source>
        <translation>यह डॉक्टर का स्लॉट नहीं है: डॉक्टर के सत्र और विभाग के समय के भीतर का समय चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odisha</source>
        <translation>ओडिशा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old id {0} is also on row {1}.</source>
        <translation>पुरानी आईडी {0} पंक्ति {1} पर भी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old system&apos;s id / UHID</source>
        <translation>पुराने सिस्टम की आईडी / UHID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One bill has one place of supply: the services are supplied in {0}, where they are performed (IGST Act s.12(4)), the medicines in {1}, the patient&apos;s State (s.10(1)(ca)). Bill the medicines on a separate bill, or leave the patient&apos;s State as this State.</source>
        <translation>एक बिल में आपूर्ति का एक ही स्थान होता है: सेवाएँ {0} में दी जाती हैं, जहाँ वे की जाती हैं (IGST अधिनियम धारा 12(4)), दवाएँ {1} में, यानी रोगी के राज्य में (धारा 10(1)(ca))। दवाओं का अलग बिल बनाएँ, या रोगी का राज्य यही राज्य रहने दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the new slots has just been taken; nothing was moved. Refresh the suggestions.</source>
        <translation>नए स्लॉट में से एक अभी-अभी बुक हो गया; कुछ नहीं बदला गया। सुझाव फिर से लोड करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One receipt covers payments of one invoice only.</source>
        <translation>एक रसीद केवल एक इनवॉइस के भुगतानों की होती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a booked appointment can be a no-show (this one is {0}).</source>
        <translation>केवल बुक किए गए अपॉइंटमेंट को ही &apos;नहीं आए&apos; चिह्नित किया जा सकता है (यह {0} है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a booked appointment can be cancelled (this one is {0}).</source>
        <translation>केवल बुक किया गया अपॉइंटमेंट ही रद्द किया जा सकता है (यह {0} है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a booked appointment can be checked in (this one is {0}).</source>
        <translation>केवल बुक किए गए अपॉइंटमेंट की ही चेक-इन हो सकती है (यह {0} है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a booked appointment can be moved ({0} is {1}).</source>
        <translation>केवल बुक किया गया अपॉइंटमेंट ही खिसकाया जा सकता है ({0} {1} है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a doctor account can be linked to a doctor.</source>
        <translation>केवल डॉक्टर का खाता ही किसी डॉक्टर से जोड़ा जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a doctor treating this patient can check their drugs.</source>
        <translation>इस रोगी का इलाज करने वाले डॉक्टर ही उनकी दवाएँ जाँच सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a patient still in the queue can be transferred.</source>
        <translation>केवल कतार में मौजूद रोगी का ही स्थानांतरण हो सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a patient who is {0} can be moved to {1}.</source>
        <translation>केवल {0} रोगी को ही {1} में ले जाया जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a waiting patient can be assigned to a doctor.</source>
        <translation>केवल प्रतीक्षारत रोगी को ही डॉक्टर को सौंपा जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a waiting walk-in can be promoted.</source>
        <translation>केवल प्रतीक्षारत वॉक-इन को ही आगे बढ़ाया जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only administrators and the patient&apos;s doctors see this.</source>
        <translation>इसे केवल प्रशासक और रोगी के डॉक्टर देखते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator or a doctor treating this patient may export the patient&apos;s record.</source>
        <translation>रोगी का रिकॉर्ड केवल प्रशासक या इस रोगी का इलाज करने वाले डॉक्टर ही निर्यात कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one diagnosis can be the primary one.</source>
        <translation>केवल एक निदान ही प्राथमिक हो सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the desk, or the doctor who has this patient, can transfer them.</source>
        <translation>इस रोगी का स्थानांतरण केवल डेस्क या यह रोगी जिस डॉक्टर के पास है, वही कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the doctor seeing the patient can write this consultation.</source>
        <translation>यह परामर्श केवल रोगी को देख रहे डॉक्टर ही लिख सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the prescribing doctor can amend this prescription.</source>
        <translation>यह पर्चा केवल लिखने वाले डॉक्टर ही संशोधित कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only today&apos;s appointments can be checked in.</source>
        <translation>केवल आज के अपॉइंटमेंट की ही चेक-इन हो सकती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {0} has been paid on this invoice; it cannot be refunded.</source>
        <translation>इस इनवॉइस पर केवल {0} का भुगतान हुआ है; इसकी वापसी नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Territory</source>
        <translation>अन्य क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps another session on the same day ({0}-{1}).</source>
        <translation>उसी दिन के दूसरे सत्र से टकराता है ({0}-{1})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>दर्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient</source>
        <translation>रोगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (₹)</source>
        <translation>मूल्य (₹)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puducherry</source>
        <translation>पुडुचेरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjab</source>
        <translation>पंजाब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifications</source>
        <translation>योग्यताएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rajasthan</source>
        <translation>राजस्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {0}</source>
        <translation>कारण: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record at least one diagnosis before completing.</source>
        <translation>पूरा करने से पहले कम से कम एक निदान दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration council</source>
        <translation>पंजीकरण परिषद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration expiry</source>
        <translation>पंजीकरण की समाप्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>पंजीकरण संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration {0} is also on row {1}.</source>
        <translation>पंजीकरण {0} पंक्ति {1} पर भी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, at most 120 characters.</source>
        <translation>आवश्यक, अधिकतम 120 अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, at most {0} characters.</source>
        <translation>आवश्यक, अधिकतम {0} अक्षर।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required.</source>
        <translation>आवश्यक।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiration rate</source>
        <translation>श्वसन दर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resuscitation</source>
        <translation>पुनर्जीवन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>कमरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rs</source>
        <translation>रु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rs.</source>
        <translation>रु.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupees {0}</source>
        <translation>रुपये {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the clinic&apos;s details first.</source>
        <translation>पहले क्लिनिक का विवरण सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mail server settings first.</source>
        <translation>पहले मेल सर्वर की सेटिंग्स सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the day is reopened (at least 10 characters).</source>
        <translation>दिन फिर से खोलने का कारण लिखें (कम से कम 10 अक्षर)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the patient is transferred.</source>
        <translation>रोगी के स्थानांतरण का कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the prescription is amended.</source>
        <translation>पर्चे में संशोधन का कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why this invoice is dated before today.</source>
        <translation>यह इनवॉइस आज से पहले की तारीख का क्यों है, कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why this is a different patient.</source>
        <translation>यह अलग रोगी क्यों है, कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why you chose a different level from the suggested one.</source>
        <translation>आपने सुझाए गए स्तर से अलग स्तर क्यों चुना, कारण लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why you need this record (at least 10 characters).</source>
        <translation>आपको यह रिकॉर्ड क्यों चाहिए, कारण लिखें (कम से कम 10 अक्षर)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why you prescribe this despite the recorded allergy (e.g. &apos;tolerated before&apos;).</source>
        <translation>दर्ज एलर्जी के बावजूद आप यह दवा क्यों लिख रहे हैं, कारण लिखें (जैसे &apos;पहले सहन की गई&apos;)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the clinic&apos;s legal name, State and State code in Settings first.</source>
        <translation>पहले सेटिंग्स में क्लिनिक का वैधानिक नाम, राज्य और राज्य कोड दर्ज करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sikkim</source>
        <translation>सिक्किम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somebody else saved the clinic settings while you were editing</source>
        <translation>आपके संपादन के दौरान किसी और ने क्लिनिक की सेटिंग्स सहेज दीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somebody else saved this {0} while you were editing; reload and try again.</source>
        <translation>आपके संपादन के दौरान किसी और ने यह {0} सहेज दिया; फिर से लोड करके दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this record while you were working on it. Reload it and make your change again.</source>
        <translation>आपके काम करते समय किसी और ने यह रिकॉर्ड बदल दिया। इसे फिर से लोड करें और अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {0}% (scale 2, target 88-92%)</source>
        <translation>SpO2 {0}% (स्केल 2, लक्ष्य 88-92%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {0}% on air (low SpO2)</source>
        <translation>हवा पर SpO2 {0}% (कम SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {0}% on air (very low SpO2)</source>
        <translation>हवा पर SpO2 {0}% (बहुत कम SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2 {0}% on oxygen (very low SpO2)</source>
        <translation>ऑक्सीजन पर SpO2 {0}% (बहुत कम SpO2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialisation</source>
        <translation>विशेषज्ञता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist consultation</source>
        <translation>विशेषज्ञ परामर्श</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suturing (minor)</source>
        <translation>टाँके (छोटे)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>सिस्टोलिक बीपी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TAX INVOICE</source>
        <translation>कर बीजक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil Nadu</source>
        <translation>तमिलनाडु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class</source>
        <translation>कर वर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telangana</source>
        <translation>तेलंगाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test e-mail sent to {0} via {1}:{2}.</source>
        <translation>परीक्षण ई-मेल {0} को {1}:{2} से भेजा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That appointment no longer exists.</source>
        <translation>वह अपॉइंटमेंट अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That charge has already been billed.</source>
        <translation>उस शुल्क का बिल पहले ही बन चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That charge is not one of this patient&apos;s.</source>
        <translation>वह शुल्क इस रोगी का नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That department no longer exists.</source>
        <translation>वह विभाग अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That doctor already signs in as {0}.</source>
        <translation>वह डॉक्टर पहले से {0} के रूप में साइन इन करते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That doctor no longer exists.</source>
        <translation>वह डॉक्टर अब मौजूद नहीं हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That favourite is no longer there.</source>
        <translation>वह पसंदीदा अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is one of the most common passwords, the first ones guessed; choose another.</source>
        <translation>यह सबसे आम पासवर्डों में से एक है, जिन्हें सबसे पहले आज़माया जाता है; कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That leave entry no longer exists.</source>
        <translation>छुट्टी की वह प्रविष्टि अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That message no longer exists.</source>
        <translation>वह संदेश अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That patient no longer exists.</source>
        <translation>वह रोगी अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ABHA number&apos;s check digit does not match; please re-check it.</source>
        <translation>ABHA नंबर का जाँच अंक मेल नहीं खाता; कृपया इसे फिर से जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file {file} does not exist or cannot be read. Choose the server&apos;s CA file (from the database administrator) in the connection settings.</source>
        <translation>CA प्रमाणपत्र फ़ाइल {file} मौजूद नहीं है या पढ़ी नहीं जा सकती। कनेक्शन सेटिंग्स में सर्वर की CA फ़ाइल (डेटाबेस प्रशासक से) चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GST state code has two digits (e.g. 29 for Karnataka).</source>
        <translation>GST राज्य कोड दो अंकों का होता है (जैसे कर्नाटक के लिए 29)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GSTIN is registered in {0} ({1}), not {2}: leave the State to the GSTIN.</source>
        <translation>GSTIN {0} ({1}) में पंजीकृत है, {2} में नहीं: राज्य GSTIN के अनुसार रहने दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ICD-10 code must be text, e.g. J06.9.</source>
        <translation>ICD-10 कोड टेक्स्ट होना चाहिए, जैसे J06.9।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MRN prefix is 1-6 letters.</source>
        <translation>MRN उपसर्ग 1-6 अक्षरों का होता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server accepts this computer only over an encrypted connection. Set sslmode to verify-full (with the server&apos;s CA file) or require in the connection settings.</source>
        <translation>PostgreSQL सर्वर इस कंप्यूटर को केवल एन्क्रिप्टेड कनेक्शन पर स्वीकार करता है। कनेक्शन सेटिंग्स में sslmode को verify-full (सर्वर की CA फ़ाइल के साथ) या require करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server does not accept encrypted (SSL) connections, but the connection settings require them (sslmode require, verify-ca or verify-full). Ask the database administrator to turn on ssl on the server; set sslmode to prefer only on a network you trust.</source>
        <translation>PostgreSQL सर्वर एन्क्रिप्टेड (SSL) कनेक्शन स्वीकार नहीं करता, पर कनेक्शन सेटिंग्स में यह आवश्यक है (sslmode require, verify-ca या verify-full)। डेटाबेस प्रशासक से सर्वर पर ssl चालू करने को कहें; sslmode को prefer केवल भरोसेमंद नेटवर्क पर करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server signs this user in by client certificate. Choose the certificate and key files issued for this user (their name must be the user name) in the connection settings.</source>
        <translation>PostgreSQL सर्वर इस उपयोगकर्ता को क्लाइंट प्रमाणपत्र से साइन इन करता है। कनेक्शन सेटिंग्स में इस उपयोगकर्ता के लिए जारी प्रमाणपत्र और कुंजी फ़ाइलें चुनें (उनका नाम उपयोगकर्ता नाम होना चाहिए)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TNS alias {name} is not in {file}{known}. Check the alias in the connection settings, or ask the database administrator for the current tnsnames.ora.</source>
        <translation>TNS उपनाम {name} {file}{known} में नहीं है। कनेक्शन सेटिंग्स में उपनाम जाँचें, या डेटाबेस प्रशासक से मौजूदा tnsnames.ora माँगें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The age must be between 0 and 130 years.</source>
        <translation>आयु 0 से 130 वर्ष के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The appointment has not started yet.</source>
        <translation>अपॉइंटमेंट अभी शुरू नहीं हुआ है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit chain head row is missing.</source>
        <translation>ऑडिट शृंखला की शीर्ष पंक्ति नहीं मिली।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail&apos;s chain head is missing, so nothing can be recorded. Tell the database administrator (run `hms-desktop-admin audit verify`).</source>
        <translation>ऑडिट ट्रेल की शृंखला का शीर्ष नहीं मिला, इसलिए कुछ भी दर्ज नहीं हो सकता। डेटाबेस प्रशासक को बताएँ (`hms-desktop-admin audit verify` चलाएँ)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: {0}. The earlier backups are untouched.</source>
        <translation>बैकअप विफल रहा: {0}। पहले के बैकअप सुरक्षित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder {0} disappeared during the backup (drive unplugged or network folder offline?). Reconnect it and back up again; the earlier backups are untouched.</source>
        <translation>बैकअप के दौरान बैकअप फ़ोल्डर {0} गायब हो गया (ड्राइव निकल गई या नेटवर्क फ़ोल्डर ऑफ़लाइन?)। इसे फिर से जोड़ें और दोबारा बैकअप लें; पहले के बैकअप सुरक्षित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder {0} is full: the backup needs about {1} MB and {2} MB are free. Free some space or choose another backup folder; the earlier backups are untouched.</source>
        <translation>बैकअप फ़ोल्डर {0} भरा हुआ है: बैकअप को लगभग {1} MB चाहिए और {2} MB खाली हैं। कुछ जगह खाली करें या दूसरा बैकअप फ़ोल्डर चुनें; पहले के बैकअप सुरक्षित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup folder {0} is not there (drive unplugged or network folder offline?). Connect it, or choose another folder with `hms-desktop-admin backup folder`.</source>
        <translation>बैकअप फ़ोल्डर {0} मौजूद नहीं है (ड्राइव निकल गई या नेटवर्क फ़ोल्डर ऑफ़लाइन?)। इसे जोड़ें, या `hms-desktop-admin backup folder` से दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash handed over is less than {0}.</source>
        <translation>दी गई नकद राशि {0} से कम है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chain head says #{0}, the rows end at #{1}: {2}.</source>
        <translation>शृंखला का शीर्ष #{0} बताता है, पंक्तियाँ #{1} पर समाप्त होती हैं: {2}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate or its key cannot be used ({detail}). Check both files in the connection settings; the key file must be readable by this user only.</source>
        <translation>क्लाइंट प्रमाणपत्र या उसकी कुंजी का उपयोग नहीं हो सकता ({detail})। कनेक्शन सेटिंग्स में दोनों फ़ाइलें जाँचें; कुंजी फ़ाइल केवल यही उपयोगकर्ता पढ़ सके।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is 1-8 letters or digits (it prefixes the department&apos;s tokens).</source>
        <translation>कोड 1-8 अक्षरों या अंकों का होता है (यह विभाग के टोकनों से पहले लगता है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {0} is in the list twice.</source>
        <translation>कोड {0} सूची में दो बार है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {0} is taken; choose another.</source>
        <translation>कोड {0} पहले से लिया गया है; कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connect string is not an Easy Connect string (host:port/service_name), so it was read as a TNS alias, but no TNS_ADMIN folder is set. Correct the string, or choose the TNS alias method and the folder that holds tnsnames.ora.</source>
        <translation>कनेक्ट स्ट्रिंग Easy Connect स्ट्रिंग (host:port/service_name) नहीं है, इसलिए इसे TNS उपनाम माना गया, पर कोई TNS_ADMIN फ़ोल्डर सेट नहीं है। स्ट्रिंग ठीक करें, या TNS उपनाम विधि और tnsnames.ora वाला फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connect string or its tnsnames.ora entry cannot be read by the Oracle driver. Check it with the database administrator.</source>
        <translation>Oracle ड्राइवर कनेक्ट स्ट्रिंग या उसकी tnsnames.ora प्रविष्टि नहीं पढ़ सकता। डेटाबेस प्रशासक के साथ इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the database server was lost and the action did not complete. Try again.</source>
        <translation>डेटाबेस सर्वर से कनेक्शन टूट गया और काम पूरा नहीं हुआ। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The count differs ({0}); give the reason.</source>
        <translation>गिनती अलग है ({0}); कारण बताएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credit ({0}) is more than the balance due ({1}): refund it instead.</source>
        <translation>क्रेडिट ({0}) बकाया राशि ({1}) से अधिक है: इसके बजाय राशि वापस करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is wrong.</source>
        <translation>वर्तमान पासवर्ड गलत है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily limit is 1-200 appointments.</source>
        <translation>दैनिक सीमा 1-200 अपॉइंटमेंट है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database account is locked. Ask the database administrator to unlock it.</source>
        <translation>डेटाबेस खाता लॉक है। डेटाबेस प्रशासक से इसे अनलॉक करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file cannot be written (the file or its folder is read-only for this user, or the disk is write-protected), so nothing was saved. Ask the administrator to give this user write access to the database file and its folder, then save again.</source>
        <translation>डेटाबेस फ़ाइल में लिखा नहीं जा सकता (फ़ाइल या उसका फ़ोल्डर इस उपयोगकर्ता के लिए केवल-पढ़ने योग्य है, या डिस्क पर लिखना बंद है), इसलिए कुछ भी सहेजा नहीं गया। प्रशासक से इस उपयोगकर्ता को डेटाबेस फ़ाइल और उसके फ़ोल्डर में लिखने की अनुमति देने को कहें, फिर दोबारा सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database named in the connection settings does not exist on the server.</source>
        <translation>कनेक्शन सेटिंग्स में दिया गया डेटाबेस सर्वर पर मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database password has expired. Ask the database administrator to reset it.</source>
        <translation>डेटाबेस पासवर्ड की अवधि समाप्त हो गई है। डेटाबेस प्रशासक से इसे रीसेट करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database rejected the user name or password. Check them in the connection settings.</source>
        <translation>डेटाबेस ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया। कनेक्शन सेटिंग्स में इन्हें जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server accepts only reads right now (a read-only standby, or read-only mode), so nothing was saved. Ask the database administrator to point this desk at the primary server.</source>
        <translation>डेटाबेस सर्वर अभी केवल पढ़ने की अनुमति देता है (केवल-पढ़ने वाला स्टैंडबाय, या केवल-पढ़ने का मोड), इसलिए कुछ भी सहेजा नहीं गया। डेटाबेस प्रशासक से इस डेस्क को मुख्य सर्वर से जोड़ने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server answered but does not know the service name in the connection settings. Check the service name.</source>
        <translation>डेटाबेस सर्वर ने उत्तर दिया पर कनेक्शन सेटिंग्स का सेवा नाम नहीं पहचानता। सेवा नाम जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server closed the connection while this desk was connecting. A TLS port (tcps, often 2484) needs a wallet or tcps:// profile and a plain port (often 1521) needs none; a client certificate or wallet the server does not accept ends the same way. Check the port and method with the database administrator.</source>
        <translation>कनेक्ट होते समय डेटाबेस सर्वर ने कनेक्शन बंद कर दिया। TLS पोर्ट (tcps, अक्सर 2484) के लिए वॉलेट या tcps:// प्रोफ़ाइल चाहिए और सामान्य पोर्ट (अक्सर 1521) के लिए नहीं; सर्वर जिस क्लाइंट प्रमाणपत्र या वॉलेट को स्वीकार नहीं करता, उसका भी यही परिणाम होता है। डेटाबेस प्रशासक के साथ पोर्ट और विधि जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server did not answer in time. Check the network and try again.</source>
        <translation>डेटाबेस सर्वर ने समय पर उत्तर नहीं दिया। नेटवर्क जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server has run out of disk space, so nothing was saved. Ask the database administrator to free or add space on the server, then save again.</source>
        <translation>डेटाबेस सर्वर की डिस्क भर गई है, इसलिए कुछ भी सहेजा नहीं गया। डेटाबेस प्रशासक से सर्वर पर जगह खाली करने या बढ़ाने को कहें, फिर दोबारा सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server is starting up or shutting down. Try again in a minute.</source>
        <translation>डेटाबेस सर्वर शुरू या बंद हो रहा है। एक मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused this connection. Ask the database administrator to allow it.</source>
        <translation>डेटाबेस सर्वर ने यह कनेक्शन अस्वीकार कर दिया। डेटाबेस प्रशासक से इसकी अनुमति देने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server&apos;s certificate does not carry the name (DN) the connection settings expect. Ask the database administrator for the current connect string or wallet.</source>
        <translation>डेटाबेस सर्वर के प्रमाणपत्र में वह नाम (DN) नहीं है जिसकी कनेक्शन सेटिंग्स अपेक्षा करती हैं। डेटाबेस प्रशासक से मौजूदा कनेक्ट स्ट्रिंग या वॉलेट माँगें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server&apos;s certificate is not trusted: it is not signed by a certificate in {store}. Ask the database administrator for the current {store_short}.</source>
        <translation>डेटाबेस सर्वर का प्रमाणपत्र भरोसेमंद नहीं है: यह {store} के किसी प्रमाणपत्र से हस्ताक्षरित नहीं है। डेटाबेस प्रशासक से मौजूदा {store_short} माँगें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server&apos;s certificate was issued for another name than the host in the connection settings. Enter the server name the certificate names (ask the database administrator), not an IP address or alias.</source>
        <translation>डेटाबेस सर्वर का प्रमाणपत्र कनेक्शन सेटिंग्स के होस्ट के बजाय किसी दूसरे नाम के लिए जारी हुआ है। वही सर्वर नाम दर्ज करें जो प्रमाणपत्र में है (डेटाबेस प्रशासक से पूछें), IP पता या उपनाम नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is in the future.</source>
        <translation>तारीख भविष्य की है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is in the past.</source>
        <translation>तारीख बीत चुकी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is out of range.</source>
        <translation>तारीख सीमा से बाहर है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is too far ahead (not after {0}).</source>
        <translation>तारीख बहुत आगे की है ({0} के बाद की नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is too far back (not before {0}).</source>
        <translation>तारीख बहुत पीछे की है ({0} से पहले की नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is in the future.</source>
        <translation>जन्म तिथि भविष्य की है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is more than 130 years ago.</source>
        <translation>जन्म तिथि 130 वर्ष से अधिक पहले की है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department must close after it opens.</source>
        <translation>विभाग खुलने के बाद ही बंद होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk that holds the database is full, so nothing was saved. Free space on it (delete old files or backups, empty the recycle bin), then save again.</source>
        <translation>डेटाबेस वाली डिस्क भर गई है, इसलिए कुछ भी सहेजा नहीं गया। उस पर जगह खाली करें (पुरानी फ़ाइलें या बैकअप हटाएँ, रीसायकल बिन खाली करें), फिर दोबारा सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor already has {0} appointments that day (the daily limit).</source>
        <translation>उस दिन डॉक्टर के पहले से {0} अपॉइंटमेंट हैं (दैनिक सीमा)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The doctor&apos;s registration expired on {0}; they cannot be booked until it is renewed.</source>
        <translation>डॉक्टर का पंजीकरण {0} को समाप्त हो गया; नवीनीकरण तक उनकी बुकिंग नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>समाप्ति तिथि आरंभ तिथि से पहले है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export to {0} failed: {1}. Free space and retry.</source>
        <translation>{0} में निर्यात विफल रहा: {1}। जगह खाली करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than {0} rows ({1} read so far). Split it into files of at most {2} rows and import them one after another.</source>
        <translation>फ़ाइल में {0} से अधिक पंक्तियाँ हैं (अब तक {1} पढ़ी गईं)। इसे अधिकतम {2} पंक्तियों वाली फ़ाइलों में बाँटें और एक-एक करके आयात करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column {0}.</source>
        <translation>फ़ाइल में {0} कॉलम नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {0} does not exist.</source>
        <translation>फ़ोल्डर {0} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import&apos;s record vanished while it ran.</source>
        <translation>आयात के चलते समय उसका रिकॉर्ड गायब हो गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last invoice of this series is dated {0}: an invoice cannot be dated before it.</source>
        <translation>इस शृंखला का अंतिम इनवॉइस {0} का है: इनवॉइस की तारीख उससे पहले की नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leave must end on or after its first day.</source>
        <translation>छुट्टी अपने पहले दिन को या उसके बाद समाप्त होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo is too large: scale it to at most 512 KB (e.g. 600 pixels wide).</source>
        <translation>लोगो बहुत बड़ा है: इसे अधिकतम 512 KB तक छोटा करें (जैसे 600 पिक्सेल चौड़ा)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>लोगो PNG या JPEG छवि होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo must be image data.</source>
        <translation>लोगो छवि डेटा होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the address {0}.</source>
        <translation>मेल सर्वर ने पता {0} अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the user name or password ({0}).</source>
        <translation>मेल सर्वर ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया ({0})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server reported a problem: {0}: {1}</source>
        <translation>मेल सर्वर ने एक समस्या बताई: {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The months of the age must be between 0 and 11.</source>
        <translation>आयु के महीने 0 से 11 के बीच होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password may have at most {0} characters.</source>
        <translation>पासवर्ड में अधिकतम {0} अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least {0} characters.</source>
        <translation>पासवर्ड में कम से कम {0} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be the username.</source>
        <translation>पासवर्ड उपयोगकर्ता नाम नहीं होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient already has an appointment overlapping this time.</source>
        <translation>इस समय से टकराता रोगी का एक अपॉइंटमेंट पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient is already with this doctor.</source>
        <translation>रोगी पहले से इसी डॉक्टर के पास है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The patient or doctor of this consultation is gone.</source>
        <translation>इस परामर्श का रोगी या डॉक्टर अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The port is 1-65535 (usually 587 with STARTTLS, 465 with SSL).</source>
        <translation>पोर्ट 1-65535 होता है (आमतौर पर STARTTLS के साथ 587, SSL के साथ 465)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price list has no &apos;CONSULT&apos; item; ask the administrator to restore it.</source>
        <translation>मूल्य सूची में &apos;CONSULT&apos; मद नहीं है; प्रशासक से इसे वापस जोड़ने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity must be above 0 and at most 10,000.</source>
        <translation>मात्रा 0 से अधिक और अधिकतम 10,000 होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore failed before replacing anything: {0}.</source>
        <translation>कुछ भी बदलने से पहले ही पुनर्स्थापना विफल हो गई: {0}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale is a list of its five levels.</source>
        <translation>स्केल उसके पाँच स्तरों की सूची है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale needs exactly the five colours red, orange, yellow, green and blue.</source>
        <translation>स्केल में ठीक पाँच रंग होने चाहिए: लाल, नारंगी, पीला, हरा और नीला।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure (TLS) connection to the database server failed ({detail}). Check the wallet or certificate files in the connection settings with the database administrator.</source>
        <translation>डेटाबेस सर्वर से सुरक्षित (TLS) कनेक्शन विफल रहा ({detail})। डेटाबेस प्रशासक के साथ कनेक्शन सेटिंग्स की वॉलेट या प्रमाणपत्र फ़ाइलें जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is shorter than one slot.</source>
        <translation>सत्र एक स्लॉट से छोटा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session must end after it starts.</source>
        <translation>सत्र शुरू होने के बाद ही समाप्त होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session must lie inside the department&apos;s hours ({0}-{1}).</source>
        <translation>सत्र विभाग के समय ({0}-{1}) के भीतर होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slot length must be {0}-{1} minutes.</source>
        <translation>स्लॉट की अवधि {0}-{1} मिनट होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state code must match the first two digits of the GSTIN.</source>
        <translation>राज्य कोड GSTIN के पहले दो अंकों से मेल खाना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target must be a whole number of minutes from 0 to 1440.</source>
        <translation>लक्ष्य 0 से 1440 तक पूरे मिनटों में होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time must carry a time zone.</source>
        <translation>समय के साथ समय क्षेत्र होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username {0} is taken; choose another.</source>
        <translation>उपयोगकर्ता नाम {0} पहले से लिया गया है; कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wallet file {file} was not found. Choose the folder the wallet was unzipped into (it holds ewallet.pem) in the connection settings.</source>
        <translation>वॉलेट फ़ाइल {file} नहीं मिली। कनेक्शन सेटिंग्स में वह फ़ोल्डर चुनें जिसमें वॉलेट अनज़िप किया गया था (उसमें ewallet.pem है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weekday must be 0 (Monday) to 6 (Sunday).</source>
        <translation>सप्ताह का दिन 0 (सोमवार) से 6 (रविवार) होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {0} department is closed (inactive).</source>
        <translation>{0} विभाग बंद (निष्क्रिय) है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {0} series of {1} cannot give number {2} within {3} characters; shorten the series prefix.</source>
        <translation>{1} की {0} शृंखला {3} अक्षरों में संख्या {2} नहीं दे सकती; शृंखला का उपसर्ग छोटा करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active price-list item {0}.</source>
        <translation>मूल्य सूची की कोई सक्रिय मद {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file {0}.</source>
        <translation>कोई बैकअप फ़ाइल {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no consultation {0}.</source>
        <translation>कोई परामर्श {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no credit note {0}.</source>
        <translation>कोई क्रेडिट नोट {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no day close {0}.</source>
        <translation>कोई दिन बंद {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no department with id {0}.</source>
        <translation>आईडी {0} का कोई विभाग नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no department {0}.</source>
        <translation>कोई विभाग {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no doctor with id {0}.</source>
        <translation>आईडी {0} का कोई डॉक्टर नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no doctor {0}.</source>
        <translation>कोई डॉक्टर {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {0}.</source>
        <translation>कोई फ़ाइल {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no invoice {0}.</source>
        <translation>कोई इनवॉइस {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no patient with MRN {0}.</source>
        <translation>MRN {0} का कोई रोगी नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no patient with id {0}.</source>
        <translation>आईडी {0} का कोई रोगी नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no patient {0}.</source>
        <translation>कोई रोगी {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no payment {0}.</source>
        <translation>कोई भुगतान {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no prescription {0}.</source>
        <translation>कोई पर्चा {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no price-list item {0}.</source>
        <translation>मूल्य सूची की कोई मद {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no queue entry {0}.</source>
        <translation>कतार की कोई प्रविष्टि {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no staff user {0}.</source>
        <translation>कोई स्टाफ़ उपयोगकर्ता {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no triage rule {0}.</source>
        <translation>ट्राइएज का कोई नियम {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user named {0}.</source>
        <translation>{0} नाम का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user with id {0}.</source>
        <translation>आईडी {0} का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no {0}.</source>
        <translation>कोई {0} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>यह खाता निष्क्रिय है। किसी प्रशासक से पूछें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is locked after {0} wrong passwords. Ask an administrator to unlock it.</source>
        <translation>{0} बार गलत पासवर्ड के बाद यह खाता लॉक है। किसी प्रशासक से इसे अनलॉक करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is not linked to a doctor.</source>
        <translation>यह खाता किसी डॉक्टर से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account may not write to the backup folder {0}. Choose another one.</source>
        <translation>यह खाता बैकअप फ़ोल्डर {0} में नहीं लिख सकता। कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account no longer exists.</source>
        <translation>यह खाता अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This charge is already on the invoice.</source>
        <translation>यह शुल्क पहले से इनवॉइस पर है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clinic runs on a PostgreSQL server: the app does not dump a server. The DBA backs it up with pg_dump -Fc -f hms.dump DBNAME (logical, restore with pg_restore) or pg_basebackup -D DIR -Ft -z -X stream (physical, with WAL archiving for point-in-time recovery); see the README&apos;s DBA section.</source>
        <translation>यह क्लिनिक PostgreSQL सर्वर पर चलता है: ऐप सर्वर का डंप नहीं लेता। DBA इसका बैकअप pg_dump -Fc -f hms.dump DBNAME (लॉजिकल, pg_restore से पुनर्स्थापना) या pg_basebackup -D DIR -Ft -z -X stream (फ़िज़िकल, पॉइंट-इन-टाइम रिकवरी के लिए WAL आर्काइविंग के साथ) से लेते हैं; README का DBA खंड देखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clinic runs on an Oracle server: the app does not dump a server. The DBA backs it up with RMAN (BACKUP DATABASE PLUS ARCHIVELOG) or Data Pump (expdp schemas=HMS directory=DATA_PUMP_DIR dumpfile=hms.dmp); see the README&apos;s DBA section.</source>
        <translation>यह क्लिनिक Oracle सर्वर पर चलता है: ऐप सर्वर का डंप नहीं लेता। DBA इसका बैकअप RMAN (BACKUP DATABASE PLUS ARCHIVELOG) या Data Pump (expdp schemas=HMS directory=DATA_PUMP_DIR dumpfile=hms.dmp) से लेते हैं; README का DBA खंड देखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This close has already been reopened.</source>
        <translation>यह दिन बंद पहले ही फिर से खोला जा चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This consultation is completed; amend the prescription instead.</source>
        <translation>यह परामर्श पूरा हो चुका है; इसके बजाय पर्चे में संशोधन करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This consultation was saved from another window a moment ago; reopen it.</source>
        <translation>यह परामर्श अभी-अभी दूसरी विंडो से सहेजा गया; इसे फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk&apos;s database account is not allowed to do that. Issued documents and the audit trail cannot be changed</source>
        <translation>इस डेस्क के डेटाबेस खाते को इसकी अनुमति नहीं है। जारी किए गए दस्तावेज़ और ऑडिट ट्रेल बदले नहीं जा सकते</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This invoice is void; it cannot be paid.</source>
        <translation>यह इनवॉइस रद्द है; इसका भुगतान नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a landline number (STD code and number), not a mobile: put it under Landline.</source>
        <translation>यह लैंडलाइन नंबर है (STD कोड और नंबर), मोबाइल नहीं: इसे लैंडलाइन में डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a mobile number: put it under Mobile.</source>
        <translation>यह मोबाइल नंबर है: इसे मोबाइल में डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a spreadsheet formula, not a value; paste the values instead.</source>
        <translation>यह स्प्रेडशीट का सूत्र है, मान नहीं; इसके बजाय मान चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from HMS Desktop, sent by {0} via {1}.
</source>
        <translation>यह HMS Desktop का परीक्षण ई-मेल है, {0} द्वारा {1} से भेजा गया।
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last active administrator.</source>
        <translation>यह अंतिम सक्रिय प्रशासक है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last active administrator; make another one first.</source>
        <translation>यह अंतिम सक्रिय प्रशासक है; पहले कोई दूसरा प्रशासक बनाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message has already been sent.</source>
        <translation>यह संदेश पहले ही भेजा जा चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient is not waiting (status: {0}).</source>
        <translation>यह रोगी प्रतीक्षा में नहीं है (स्थिति: {0})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient is on another doctor&apos;s list.</source>
        <translation>यह रोगी किसी दूसरे डॉक्टर की सूची में है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient is on another doctor&apos;s list; ask the desk to transfer them.</source>
        <translation>यह रोगी किसी दूसरे डॉक्टर की सूची में है; डेस्क से उनका स्थानांतरण करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient was called by another doctor.</source>
        <translation>इस रोगी को किसी दूसरे डॉक्टर ने बुला लिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This patient&apos;s records are confidential to the doctors treating them. In an emergency, use &apos;Break the glass&apos; and give the reason: the access is recorded.</source>
        <translation>इस रोगी के रिकॉर्ड केवल उनका इलाज करने वाले डॉक्टरों के लिए गोपनीय हैं। आपात स्थिति में &apos;आपातकालीन पहुँच&apos; का उपयोग करें और कारण बताएँ: यह पहुँच दर्ज की जाती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record duplicates an existing one</source>
        <translation>यह रिकॉर्ड किसी मौजूदा रिकॉर्ड की नकल है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record is still in use by other records and cannot be removed</source>
        <translation>यह रिकॉर्ड अभी दूसरे रिकॉर्डों में उपयोग में है और हटाया नहीं जा सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This slot has just been taken by another booking. Choose one of the next free slots.</source>
        <translation>यह स्लॉट अभी-अभी किसी दूसरी बुकिंग में चला गया। अगले खाली स्लॉट में से एक चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This slot has just been taken.</source>
        <translation>यह स्लॉट अभी-अभी बुक हो गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This slot is in the past.</source>
        <translation>यह स्लॉट बीत चुका है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version was already amended; amend the newest one.</source>
        <translation>यह संस्करण पहले ही संशोधित हो चुका है; सबसे नया संस्करण संशोधित करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit has ended.</source>
        <translation>यह विज़िट समाप्त हो चुकी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit has ended; it can no longer be triaged.</source>
        <translation>यह विज़िट समाप्त हो चुकी है; अब इसका ट्राइएज नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token {0} is still called{1} and has not come in: call them again, mark them not answered, or call the next patient anyway.</source>
        <translation>टोकन {0} अब भी बुलाया गया है{1} और अंदर नहीं आया: उन्हें फिर से बुलाएँ, &apos;उत्तर नहीं दिया&apos; चिह्नित करें, या फिर भी अगले रोगी को बुलाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token {0}-{1} ({2})</source>
        <translation>टोकन {0}-{1} ({2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large (at most {0} digits before the decimal point).</source>
        <translation>बहुत बड़ा (दशमलव से पहले अधिकतम {0} अंक)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large.</source>
        <translation>बहुत बड़ा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tripura</source>
        <translation>त्रिपुरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code printed under the QR, e.g. 7KQ2-M9TX.</source>
        <translation>QR के नीचे छपा कोड टाइप करें, जैसे 7KQ2-M9TX।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI ID</source>
        <translation>UPI आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8, comma-separated, header row; dates ISO 8601; times UTC</source>
        <translation>UTF-8, अल्पविराम से अलग, शीर्ष पंक्ति सहित; तारीखें ISO 8601 में; समय UTC में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment mode {0}.</source>
        <translation>अज्ञात भुगतान माध्यम {0}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown time zone (e.g. Asia/Kolkata).</source>
        <translation>अज्ञात समय क्षेत्र (जैसे Asia/Kolkata)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable characters here: the file&apos;s encoding is broken. Save it as &apos;CSV UTF-8&apos; and retry.</source>
        <translation>यहाँ अपठनीय अक्षर हैं: फ़ाइल की एन्कोडिंग खराब है। इसे &apos;CSV UTF-8&apos; के रूप में सहेजें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use 2-60 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>2-60 अक्षर उपयोग करें: छोटे अंग्रेज़ी अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;, और शुरुआत किसी अक्षर से।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the smaller unit: 500 mg, not 0.5 g.</source>
        <translation>छोटी इकाई लिखें: 500 mg, 0.5 g नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the smaller unit: 500 micrograms, not 0.5 mg.</source>
        <translation>छोटी इकाई लिखें: 500 micrograms, 0.5 mg नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uttar Pradesh</source>
        <translation>उत्तर प्रदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uttarakhand</source>
        <translation>उत्तराखंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very urgent</source>
        <translation>बहुत अत्यावश्यक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>West Bengal</source>
        <translation>पश्चिम बंगाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wound dressing</source>
        <translation>घाव की पट्टी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write &apos;{0}&apos; in full (micrograms, units): abbreviations are misread.</source>
        <translation>&apos;{0}&apos; पूरा लिखें (micrograms, units): संक्षिप्त रूप गलत पढ़े जाते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a leading zero: 0.5, not .5.</source>
        <translation>शुरुआत में शून्य लिखें: 0.5, .5 नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password. The account is now locked; ask an administrator to unlock it.</source>
        <translation>गलत पासवर्ड। खाता अब लॉक हो गया है; किसी प्रशासक से इसे अनलॉक करने को कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong username or password.</source>
        <translation>गलत उपयोगकर्ता नाम या पासवर्ड।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a favourite named “{0}”.</source>
        <translation>आपका “{0}” नाम का एक पसंदीदा पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>आप अपना ही खाता निष्क्रिय नहीं कर सकते।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have {0} favourites; delete one first.</source>
        <translation>आपके {0} पसंदीदा हैं; पहले एक हटाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may see only your own day&apos;s report.</source>
        <translation>आप केवल अपने ही दिन की रिपोर्ट देख सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may see only your own day&apos;s summary.</source>
        <translation>आप केवल अपने ही दिन का सारांश देख सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may see only your own takings.</source>
        <translation>आप केवल अपनी ही वसूली देख सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account has been disabled by an administrator, so this desk has signed you out.</source>
        <translation>किसी प्रशासक ने आपका खाता निष्क्रिय कर दिया है, इसलिए इस डेस्क ने आपको साइन आउट कर दिया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account is locked after too many failed sign-ins, so this desk has signed you out. An administrator can unlock it.</source>
        <translation>बहुत बार साइन इन विफल होने के कारण आपका खाता लॉक है, इसलिए इस डेस्क ने आपको साइन आउट कर दिया है। कोई प्रशासक इसे अनलॉक कर सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account no longer exists, so this desk has signed you out.</source>
        <translation>आपका खाता अब मौजूद नहीं है, इसलिए इस डेस्क ने आपको साइन आउट कर दिया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your day {0} is closed; no more entries.</source>
        <translation>आपका दिन {0} बंद है; अब कोई प्रविष्टि नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role ({0}) may not do this: {1}.</source>
        <translation>आपकी भूमिका ({0}) यह नहीं कर सकती: {1}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role was changed (now {0}) since you signed in. Sign in again to continue with the new role.</source>
        <translation>साइन इन के बाद आपकी भूमिका बदल गई है (अब {0})। नई भूमिका के साथ जारी रखने के लिए फिर से साइन इन करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NUL byte</source>
        <translation>NUL बाइट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broken character (a lone surrogate)</source>
        <translation>टूटा हुआ अक्षर (अकेला सरोगेट)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character</source>
        <translation>कंट्रोल अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line break (this field is one line)</source>
        <translation>लाइन ब्रेक (यह फ़ील्ड एक ही पंक्ति का है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abha id</source>
        <translation>ABHA आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abha no</source>
        <translation>ABHA नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abha number</source>
        <translation>ABHA नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a GST rate</source>
        <translation>GST दर जोड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a price-list item</source>
        <translation>मूल्य सूची में मद जोड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a staff account</source>
        <translation>स्टाफ़ खाता जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address (line 2)</source>
        <translation>पता (पंक्ति 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address line 1</source>
        <translation>पता पंक्ति 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after food</source>
        <translation>खाने के बाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age years</source>
        <translation>आयु वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age yrs</source>
        <translation>आयु वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another user</source>
        <translation>अन्य उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointments per day</source>
        <translation>प्रति दिन अपॉइंटमेंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at bedtime</source>
        <translation>सोते समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} characters</source>
        <translation>अधिकतम {0} अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} days back</source>
        <translation>अधिकतम {0} दिन पीछे की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back-dating allowance</source>
        <translation>पिछली तारीख डालने की छूट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before food</source>
        <translation>खाने से पहले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bleeding in pregnancy</source>
        <translation>गर्भावस्था में रक्तस्राव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blood group</source>
        <translation>ब्लड ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cells starting with = + - @ (not numbers) are prefixed with an apostrophe</source>
        <translation>= + - @ से शुरू होने वाले खानों (संख्याओं को छोड़कर) के आगे एपॉस्ट्रॉफ़ी (&apos;) लगाई जाती है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate authentication failed</source>
        <translation>प्रमाणपत्र प्रमाणीकरण विफल रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate file</source>
        <translation>प्रमाणपत्र फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate verify failed</source>
        <translation>प्रमाणपत्र का सत्यापन विफल रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a patient&apos;s details</source>
        <translation>रोगी का विवरण बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a price</source>
        <translation>मूल्य बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a price-list item</source>
        <translation>मूल्य सूची की मद बदली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a role</source>
        <translation>भूमिका बदली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed the clinic settings</source>
        <translation>क्लिनिक की सेटिंग्स बदलीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed their password</source>
        <translation>अपना पासवर्ड बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed the day</source>
        <translation>दिन बंद किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection failed</source>
        <translation>कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>कनेक्शन अस्वीकार किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consultation fee</source>
        <translation>परामर्श शुल्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content digest mismatch</source>
        <translation>सामग्री का डाइजेस्ट मेल नहीं खाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not translate host name</source>
        <translation>होस्ट नाम का पता नहीं निकाला जा सका</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>क्रेडिट नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily cap</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily limit</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated a price-list item</source>
        <translation>मूल्य सूची की मद निष्क्रिय की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department code</source>
        <translation>विभाग कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagnoses in history</source>
        <translation>इतिहास में दर्ज निदान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diastolic BP</source>
        <translation>डायस्टोलिक BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled an account</source>
        <translation>खाता निष्क्रिय किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount limit</source>
        <translation>छूट की सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doctor name</source>
        <translation>डॉक्टर का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not match host name</source>
        <translation>होस्ट नाम से मेल नहीं खाता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft retention</source>
        <translation>ड्राफ़्ट रखने की अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email id</source>
        <translation>ई-मेल आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency contact</source>
        <translation>आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency contact no</source>
        <translation>आपातकालीन संपर्क नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency mobile</source>
        <translation>आपातकालीन मोबाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency name</source>
        <translation>आपातकालीन संपर्क का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency phone</source>
        <translation>आपातकालीन फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty stomach</source>
        <translation>खाली पेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled an account</source>
        <translation>खाता सक्रिय किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>establishment registration</source>
        <translation>संस्थान पंजीकरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every hour</source>
        <translation>हर घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every {0} hours</source>
        <translation>हर {0} घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported the audit trail</source>
        <translation>ऑडिट ट्रेल निर्यात किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fever in a lethargic child</source>
        <translation>सुस्त बच्चे में बुखार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for 1 day</source>
        <translation>1 दिन के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for {0} days</source>
        <translation>{0} दिन के लिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four times a day</source>
        <translation>दिन में चार बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general duty</source>
        <translation>जनरल ड्यूटी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general practi</source>
        <translation>सामान्य चिकित्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glucose {0} mg/dL: hyperglycaemia (above 17 mmol/L)</source>
        <translation>ग्लूकोज़ {0} mg/dL: हाइपरग्लाइसीमिया (17 mmol/L से अधिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glucose {0} mg/dL: hypoglycaemia (below 54 mg/dL, 3 mmol/L)</source>
        <translation>ग्लूकोज़ {0} mg/dL: हाइपोग्लाइसीमिया (54 mg/dL, 3 mmol/L से कम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glucose {0} mg/dL: low (below 70 mg/dL)</source>
        <translation>ग्लूकोज़ {0} mg/dL: कम (70 mg/dL से कम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gst category</source>
        <translation>GST श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gst class</source>
        <translation>GST वर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian mobile</source>
        <translation>अभिभावक का मोबाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health id</source>
        <translation>हेल्थ आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high temperature</source>
        <translation>उच्च तापमान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle lock</source>
        <translation>निष्क्रियता पर लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image, {0} bytes</source>
        <translation>छवि, {0} बाइट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immediately, once</source>
        <translation>तुरंत, एक बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported a price-list item</source>
        <translation>मूल्य सूची की मद आयात की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the connection settings</source>
        <translation>कनेक्शन सेटिंग्स में दिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued a credit note</source>
        <translation>क्रेडिट नोट जारी किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued an invoice</source>
        <translation>इनवॉइस जारी किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item code</source>
        <translation>मद कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item name</source>
        <translation>मद का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known allergies</source>
        <translation>ज्ञात एलर्जी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landline no</source>
        <translation>लैंडलाइन नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal name</source>
        <translation>वैधानिक नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked an account to a doctor</source>
        <translation>खाते को डॉक्टर से जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo file</source>
        <translation>लोगो फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made a password expire</source>
        <translation>पासवर्ड की अवधि समाप्त की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max per day</source>
        <translation>प्रति दिन अधिकतम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mci no</source>
        <translation>MCI नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medical officer</source>
        <translation>चिकित्सा अधिकारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months pregnant</source>
        <translation>महीने की गर्भवती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network is unreachable</source>
        <translation>नेटवर्क तक पहुँच नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new confusion or responds to voice only (altered conscious level)</source>
        <translation>नया भ्रम या केवल आवाज़ पर प्रतिक्रिया (चेतना के स्तर में बदलाव)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next of kin</source>
        <translation>निकटतम संबंधी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nmc no</source>
        <translation>NMC नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no detail given</source>
        <translation>कोई विवरण नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no display heading &apos;{0}&apos;</source>
        <translation>डिस्प्ले शीर्षक &apos;{0}&apos; नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no encryption</source>
        <translation>कोई एन्क्रिप्शन नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no field you edited</source>
        <translation>आपका बदला कोई फ़ील्ड नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password supplied</source>
        <translation>कोई पासवर्ड नहीं दिया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route to host</source>
        <translation>होस्ट तक कोई रास्ता नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no wording for frequency {0}</source>
        <translation>आवृत्ति {0} के लिए कोई शब्द नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no wording for timing &apos;{0}&apos;</source>
        <translation>समय &apos;{0}&apos; के लिए कोई शब्द नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the password of anyone</source>
        <translation>किसी का पासवर्ड नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office phone</source>
        <translation>ऑफ़िस फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old id</source>
        <translation>पुरानी आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a day</source>
        <translation>दिन में एक बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened a clinical record</source>
        <translation>क्लिनिकल रिकॉर्ड खोला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password authentication failed</source>
        <translation>पासवर्ड प्रमाणीकरण विफल रहा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient name</source>
        <translation>रोगी का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patient record</source>
        <translation>रोगी का रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patients name</source>
        <translation>रोगी का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pin code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>डाक कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescribed medicines</source>
        <translation>लिखी गई दवाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prescription with the code {0}</source>
        <translation>कोड {0} वाला पर्चा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private key file</source>
        <translation>निजी कुंजी फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pt name</source>
        <translation>रोगी नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulse {0}/min: below 60 in a child</source>
        <translation>नाड़ी {0}/min: बच्चे में 60 से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulse {0}/min: outside {1}-{2} normal at {3} (abnormal pulse)</source>
        <translation>नाड़ी {0}/min: {3} की आयु की सामान्य सीमा {1}-{2} से बाहर (असामान्य नाड़ी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivated a price-list item</source>
        <translation>मूल्य सूची की मद फिर से सक्रिय की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read a patient&apos;s access log</source>
        <translation>रोगी का एक्सेस लॉग देखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reg expiry</source>
        <translation>पंजीकरण समाप्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reg no</source>
        <translation>पंजीकरण नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reg number</source>
        <translation>पंजीकरण नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered a patient</source>
        <translation>रोगी का पंजीकरण किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration council</source>
        <translation>पंजीकरण परिषद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration expiry</source>
        <translation>पंजीकरण की समाप्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration number</source>
        <translation>पंजीकरण संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renamed an account</source>
        <translation>खाते का नाम बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened a closed day</source>
        <translation>बंद दिन फिर से खोला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requires a valid client certificate</source>
        <translation>मान्य क्लाइंट प्रमाणपत्र आवश्यक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a password</source>
        <translation>पासवर्ड रीसेट किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residence phone</source>
        <translation>घर का फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>respiration {0}/min: above 60 (NICE red feature)</source>
        <translation>श्वसन {0}/min: 60 से अधिक (NICE का लाल लक्षण)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>respiration {0}/min: outside {1}-{2} normal at {3}</source>
        <translation>श्वसन {0}/min: {3} की आयु की सामान्य सीमा {1}-{2} से बाहर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>respiration {0}/min: very slow for any child</source>
        <translation>श्वसन {0}/min: किसी भी बच्चे के लिए बहुत धीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responds to pain only</source>
        <translation>केवल दर्द पर प्रतिक्रिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root certificate file</source>
        <translation>रूट प्रमाणपत्र फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {0} to {1} were cut off the end of the log</source>
        <translation>लॉग के अंत से पंक्तियाँ {0} से {1} काट दी गईं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same age</source>
        <translation>एक ही आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same code, same values</source>
        <translation>एक ही कोड, एक ही मान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth</source>
        <translation>एक ही जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>एक ही नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same old id</source>
        <translation>एक ही पुरानी आईडी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>एक ही फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same registration number</source>
        <translation>एक ही पंजीकरण संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same sex</source>
        <translation>एक ही लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server does not support ssl</source>
        <translation>सर्वर ssl का समर्थन नहीं करता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service code</source>
        <translation>सेवा कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a document series prefix</source>
        <translation>दस्तावेज़ शृंखला का उपसर्ग तय किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>साइन इन किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar age</source>
        <translation>मिलती-जुलती आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>मिलता-जुलता नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssl error</source>
        <translation>ssl त्रुटि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssl off</source>
        <translation>ssl बंद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state council</source>
        <translation>राज्य परिषद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systolic BP</source>
        <translation>सिस्टोलिक BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systolic BP {0}: below {1} normal at {2}</source>
        <translation>सिस्टोलिक BP {0}: {2} की आयु के सामान्य स्तर {1} से कम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systolic BP {0}: below {1}, hypotension at {2} (shock)</source>
        <translation>सिस्टोलिक BP {0}: {1} से कम, {2} की आयु में हाइपोटेंशन (शॉक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax class</source>
        <translation>कर वर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tel no</source>
        <translation>टेलीफ़ोन नं.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature {0} °C at 3-6 months (NICE amber feature)</source>
        <translation>तापमान {0} °C, आयु 3-6 महीने (NICE का एम्बर लक्षण)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature {0} °C under 3 months (NICE red feature)</source>
        <translation>तापमान {0} °C, आयु 3 महीने से कम (NICE का लाल लक्षण)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature {0} °C: cold (below 35 °C)</source>
        <translation>तापमान {0} °C: ठंडा (35 °C से कम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature {0} °C: very hot (41 °C or more)</source>
        <translation>तापमान {0} °C: बहुत अधिक (41 °C या अधिक)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CA file (sslrootcert)</source>
        <translation>CA फ़ाइल (sslrootcert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database system is</source>
        <translation>डेटाबेस सिस्टम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the head or the last row was rewritten</source>
        <translation>शीर्ष या अंतिम पंक्ति दोबारा लिखी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the named file</source>
        <translation>बताई गई फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the wallet or CA file</source>
        <translation>वॉलेट या CA फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three times a day</source>
        <translation>दिन में तीन बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout expired</source>
        <translation>समय सीमा समाप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today only</source>
        <translation>केवल आज की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token series</source>
        <translation>टोकन शृंखला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took a payment</source>
        <translation>भुगतान लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trade name</source>
        <translation>व्यापारिक नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twice a day</source>
        <translation>दिन में दो बार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user</source>
        <translation>अज्ञात उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked an account</source>
        <translation>खाता अनलॉक किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked the screen</source>
        <translation>स्क्रीन अनलॉक की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update or delete</source>
        <translation>अपडेट या हटाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used emergency access</source>
        <translation>आपातकालीन पहुँच का उपयोग किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utf-8 (broken rows)</source>
        <translation>utf-8 (टूटी पंक्तियाँ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid till</source>
        <translation>इस तिथि तक मान्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid until</source>
        <translation>इस तिथि तक मान्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wallet or CA file</source>
        <translation>वॉलेट या CA फ़ाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks pregnant</source>
        <translation>सप्ताह की गर्भवती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when needed</source>
        <translation>ज़रूरत होने पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with food</source>
        <translation>खाने के साथ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would be</source>
        <translation>होंगे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong password</source>
        <translation>गलत पासवर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong password, account {0}</source>
        <translation>गलत पासवर्ड, खाता {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zip code</source>
        <translation>ज़िप कोड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} Crore</source>
        <translation>{0} करोड़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} Hundred</source>
        <translation>{0} सौ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} Lakh</source>
        <translation>{0} लाख</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} Thousand</source>
        <translation>{0} हज़ार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already exists; choose a new file name.</source>
        <translation>{0} पहले से मौजूद है; फ़ाइल का नया नाम चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already has a rate from {1}.</source>
        <translation>{0} के लिए {1} से लागू एक दर पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already has an appointment with {1} that day at {2}. Book another one the same day anyway?</source>
        <translation>{0} का उस दिन {2} बजे {1} के साथ पहले से एक अपॉइंटमेंट है। क्या फिर भी उसी दिन एक और बुक करें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} already holds an export; choose an empty folder.</source>
        <translation>{0} में पहले से एक निर्यात है; कोई खाली फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be opened: {1}.</source>
        <translation>{0} खोली नहीं जा सकती: {1}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} does not open with the stored passphrase (wrong passphrase, or the file is damaged).</source>
        <translation>{0} सहेजे गए पासफ़्रेज़ से नहीं खुलती (पासफ़्रेज़ गलत है, या फ़ाइल खराब है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has a header row but no data rows.</source>
        <translation>{0} में शीर्ष पंक्ति है, पर डेटा की कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has already issued {1} number(s) as {2}; a new prefix can start with the next financial year.</source>
        <translation>वित्त वर्ष {0} में {2} उपसर्ग से पहले ही {1} नंबर जारी हो चुके हैं; नया उपसर्ग अगले वित्त वर्ष से शुरू हो सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no header row.</source>
        <translation>{0} में शीर्ष पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no header row: the first row must name the columns.</source>
        <translation>{0} में शीर्ष पंक्ति नहीं है: पहली पंक्ति में कॉलमों के नाम होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no schema revision: not a complete HMS Desktop database.</source>
        <translation>{0} में स्कीमा संशोधन नहीं है: यह पूरा HMS Desktop डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} holds only blank space.</source>
        <translation>{0} में केवल खाली जगह है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a SQLite database, but not an HMS Desktop one.</source>
        <translation>{0} एक SQLite डेटाबेस है, पर HMS Desktop का नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a damaged Excel workbook ({1}).</source>
        <translation>{0} एक खराब Excel वर्कबुक है ({1})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a new class: give its SAC or HSN code.</source>
        <translation>{0} एक नया वर्ग है: इसका SAC या HSN कोड दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a zip archive (a Word file, an .ods or a .zip?), not CSV or .xlsx.</source>
        <translation>{0} एक zip आर्काइव है (Word फ़ाइल, .ods या .zip?), CSV या .xlsx नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is already on line {1}.</source>
        <translation>{0} पहले से पंक्ति {1} पर है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx or &apos;CSV UTF-8&apos;, then import that.</source>
        <translation>{0} पुरानी Excel 97-2003 (.xls) वर्कबुक है। इसे Excel या LibreOffice में खोलें और .xlsx या &apos;CSV UTF-8&apos; के रूप में सहेजें, फिर उसे आयात करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged (integrity check: {1}).</source>
        <translation>{0} खराब है (अखंडता जाँच: {1})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged (its pages do not read back).</source>
        <translation>{0} खराब है (इसके पेज वापस पढ़े नहीं जा सकते)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged: its checksum differs from the one taken when it was made.</source>
        <translation>{0} खराब है: इसका चेकसम बनाते समय लिए गए चेकसम से अलग है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged: {1}.</source>
        <translation>{0} खराब है: {1}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is empty (0 bytes).</source>
        <translation>{0} खाली है (0 बाइट)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is encrypted and no backup passphrase is in this computer&apos;s keychain: set it with `hms-desktop-admin backup passphrase` (the one used when the backup was made).</source>
        <translation>{0} एन्क्रिप्टेड है और इस कंप्यूटर की कीचेन में कोई बैकअप पासफ़्रेज़ नहीं है: इसे `hms-desktop-admin backup passphrase` से सेट करें (वही जो बैकअप बनाते समय इस्तेमाल हुआ था)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the financial year {1}, which has ended: date the invoice today.</source>
        <translation>{0} वित्त वर्ष {1} में है, जो समाप्त हो चुका है: इनवॉइस पर आज की तारीख डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the future.</source>
        <translation>{0} भविष्य की तारीख है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is more than 130 years ago.</source>
        <translation>{0} 130 वर्ष से अधिक पहले की तारीख है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is named .xlsx but is not an Excel workbook (damaged or renamed).</source>
        <translation>{0} का नाम .xlsx है, पर यह Excel वर्कबुक नहीं है (खराब है या नाम बदला गया है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a CSV or .xlsx file. Save the data as CSV or .xlsx first.</source>
        <translation>{0} CSV या .xlsx फ़ाइल नहीं है। पहले डेटा को CSV या .xlsx के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a database backup (not a SQLite file).</source>
        <translation>{0} डेटाबेस बैकअप नहीं है (SQLite फ़ाइल नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date.</source>
        <translation>{0} तारीख नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a date; use DD/MM/YYYY (e.g. 31/12/1980).</source>
        <translation>{0} तारीख नहीं है; DD/MM/YYYY लिखें (जैसे 31/12/1980)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a real date (day-month-year).</source>
        <translation>{0} वास्तविक तारीख नहीं है (दिन-महीना-वर्ष)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a sex; use M, F or O (Male, Female, Other).</source>
        <translation>{0} लिंग नहीं है; M, F या O लिखें (पुरुष, महिला, अन्य)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a text file (it holds binary data). Save it as CSV or .xlsx.</source>
        <translation>{0} टेक्स्ट फ़ाइल नहीं है (इसमें बाइनरी डेटा है)। इसे CSV या .xlsx के रूप में सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a whole number.</source>
        <translation>{0} पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an ICD-10 code.</source>
        <translation>{0} ICD-10 कोड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an age in years (0-130).</source>
        <translation>{0} वर्षों में आयु नहीं है (0-130)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an age; write &apos;45&apos;, &apos;45 y&apos; or &apos;6 m&apos;.</source>
        <translation>{0} आयु नहीं है; &apos;45&apos;, &apos;45 y&apos; या &apos;6 m&apos; लिखें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an amount in rupees.</source>
        <translation>{0} रुपयों में राशि नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an encrypted HMS Desktop backup.</source>
        <translation>{0} एन्क्रिप्टेड HMS Desktop बैकअप नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not readable as CSV near row {1}: {2}.</source>
        <translation>{0} पंक्ति {1} के आसपास CSV के रूप में पढ़ी नहीं जा सकती: {2}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not taking appointments (inactive).</source>
        <translation>{0} अभी अपॉइंटमेंट नहीं ले रहे हैं (निष्क्रिय)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is on leave on {1}.</source>
        <translation>{0} {1} को छुट्टी पर हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} MB; at most {2} MB at a time. Split it into smaller files (each keeps the header row) and import them one after another.</source>
        <translation>{0} {1} MB की है; एक बार में अधिकतम {2} MB। इसे छोटी फ़ाइलों में बाँटें (हर फ़ाइल में शीर्ष पंक्ति रहे) और एक-एक करके आयात करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} MB; workbooks over {2} MB need too much memory. Save it as &apos;CSV UTF-8&apos; (any size up to 100 MB) and import the CSV.</source>
        <translation>{0} {1} MB की है; {2} MB से बड़ी वर्कबुक के लिए बहुत अधिक मेमोरी चाहिए। इसे &apos;CSV UTF-8&apos; के रूप में सहेजें (100 MB तक कोई भी आकार) और CSV आयात करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} looks month-first; write dates day first (31/12/1980).</source>
        <translation>{0} में महीना पहले लगता है; तारीख में दिन पहले लिखें (31/12/1980)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} must be between {1} and {2} {3}.</source>
        <translation>{0} {1} से {2} {3} के बीच होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved this patient while you were editing ({1}). Reload to see their version, then make your change again.</source>
        <translation>आपके संपादन के दौरान {0} ने यह रोगी सहेज दिया ({1})। उनका संस्करण देखने के लिए फिर से लोड करें, फिर अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} says it is UTF-16 but is damaged at byte {1}.</source>
        <translation>{0} के अनुसार यह UTF-16 है, पर बाइट {1} पर खराब है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was made by a newer HMS Desktop (schema {1}); install that version to restore it.</source>
        <translation>{0} HMS Desktop के नए संस्करण (स्कीमा {1}) से बनी है; इसे पुनर्स्थापित करने के लिए वह संस्करण इंस्टॉल करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} {2} is outside the usual {3}–{4}: check the reading and confirm.</source>
        <translation>{0} {1} {2} सामान्य सीमा {3}–{4} से बाहर है: रीडिंग जाँचें और पुष्टि करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, at most {1} characters</source>
        <translation>{0}, अधिकतम {1} अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: an age over 130 years.</source>
        <translation>{0}: 130 वर्ष से अधिक की आयु।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: an amount from 0 to 99,99,999.99.</source>
        <translation>{0}: राशि 0 से 99,99,999.99 तक होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the database file cannot be opened.</source>
        <translation>{0}: डेटाबेस फ़ाइल खोली नहीं जा सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the first sheet is empty.</source>
        <translation>{0}: पहली शीट खाली है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: the row counts differ from those recorded when it was made.</source>
        <translation>{0}: पंक्तियों की गिनती बनाते समय दर्ज गिनती से अलग है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: use one of {1}.</source>
        <translation>{0}: इनमें से कोई एक लिखें: {1}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} is not a month.</source>
        <translation>{0}: {1} कोई महीना नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} rows read</source>
        <translation>{0}: {1} पंक्तियाँ पढ़ी गईं</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/wizard.py" line="+108"/>
        <source>Set up the clinic — HMS Desktop</source>
        <translation>क्लिनिक सेट-अप करें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this step</source>
        <translation>यह चरण छोड़ें (&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. The clinic</source>
        <translation>1. क्लिनिक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name, address and GST registration as printed on every bill; the time zone the desk keeps; the UPI ID for the QR code on bills with a balance due.</source>
        <translation>क्लिनिक का नाम, पता और GST पंजीकरण, जैसे हर बिल पर छपते हैं; डेस्क का समय क्षेत्र; बकाया वाले बिलों के QR कोड के लिए UPI ID।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2. Numbering</source>
        <translation>2. नंबरिंग</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patient numbers, the document series&apos; prefixes (e.g. INV/25-26/000001) and queue tokens.</source>
        <translation>रोगी नंबर, दस्तावेज़ सीरीज़ के उपसर्ग (जैसे INV/25-26/000001) और कतार के टोकन।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>3. Departments and doctors</source>
        <translation>3. विभाग और डॉक्टर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the departments and the doctors with their registration numbers and fees (or import them: `hms-desktop-admin doctor import FILE.csv`).</source>
        <translation>विभाग और डॉक्टर उनके पंजीकरण नंबर और फ़ीस के साथ जोड़ें (या आयात करें: `hms-desktop-admin doctor import FILE.csv`)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import doctors from a CSV or Excel file…</source>
        <translation>CSV या Excel फ़ाइल से डॉक्टर आयात करें…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4. Price list</source>
        <translation>4. मूल्य सूची</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the clinic bills, with SAC/HSN, tax class and price. Start from the starter list and change the prices to the clinic&apos;s own.</source>
        <translation>क्लिनिक किन चीज़ों का बिल बनाता है, SAC/HSN, कर वर्ग और मूल्य के साथ। शुरुआती सूची से शुरू करें और मूल्य क्लिनिक के अपने मूल्यों में बदलें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the price list from a CSV or Excel file…</source>
        <translation>CSV या Excel फ़ाइल से मूल्य सूची आयात करें…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>5. Staff accounts</source>
        <translation>5. स्टाफ़ खाते</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account for each person at the desk: receptionists, nurses, doctors (linked to their doctor), cashiers. Nobody shares a sign-in.</source>
        <translation>डेस्क पर हर व्यक्ति का अपना खाता: रिसेप्शनिस्ट, नर्स, डॉक्टर (अपने डॉक्टर रिकॉर्ड से जुड़े), कैशियर। कोई भी साइन इन साझा नहीं करता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6. This desk</source>
        <translation>6. यह डेस्क</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paper in this desk&apos;s printers and where PDFs are saved.</source>
        <translation>इस डेस्क के प्रिंटरों का कागज़ और PDF कहाँ सहेजे जाएँ।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Save PDFs in</source>
        <translation>PDF यहाँ सहेजें</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the clinic settings</source>
        <translation>क्लिनिक सेटिंग्स पढ़ते समय</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>saving the clinic settings</source>
        <translation>क्लिनिक सेटिंग्स सहेजते समय</translation>
    </message>
</context>
<context>
    <name>SlotGridModel</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/appointments/model.py" line="+30"/>
        <source>Free</source>
        <translation>ख़ाली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>बुक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>चेक-इन हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>बीत गया</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No session at this time</source>
        <translation>इस समय कोई सत्र नहीं</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/smtp.py" line="+32"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (पोर्ट 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (पोर्ट 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (port 25)</source>
        <translation>कोई नहीं (पोर्ट 25)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HMS Desktop — E-mail (SMTP)</source>
        <translation>HMS Desktop — ई-मेल (SMTP)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the saved settings…</source>
        <translation>सहेजी गई सेटिंग्स लोड हो रही हैं…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>loading the e-mail settings</source>
        <translation>ई-मेल सेटिंग्स लोड करना</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail is not set up yet: enter the clinic&apos;s mail server.</source>
        <translation>ई-मेल अभी सेट नहीं है: क्लिनिक का मेल सर्वर डालें।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The port is a number, 1-65535.</source>
        <translation>पोर्ट एक संख्या है, 1-65535।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the e-mail settings</source>
        <translation>ई-मेल सेटिंग्स सहेजना</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved; the password is in the system keychain.</source>
        <translation>सेटिंग्स सहेजी गईं; पासवर्ड सिस्टम कीचेन में है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending a test e-mail to {address}…</source>
        <translation>{address} को टेस्ट ई-मेल भेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending a test e-mail…</source>
        <translation>टेस्ट ई-मेल भेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sending the test e-mail</source>
        <translation>टेस्ट ई-मेल भेजना</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>ई-मेल (SMTP)</translation>
    </message>
    <message>
        <source>Appointment confirmations are sent through this mail server. The password is kept in the system keychain, never in the database; leave it blank to keep the stored one.</source>
        <translation>अपॉइंटमेंट की पुष्टि इसी मेल सर्वर से भेजी जाती है। पासवर्ड सिस्टम कीचेन में रखा जाता है, कभी डेटाबेस में नहीं; रखा हुआ पासवर्ड बनाए रखने के लिए ख़ाली छोड़ें।</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>मेल सर्वर (&amp;M)</translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation>जैसे smtp.gmail.com</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>पोर्ट (&amp;O)</translation>
    </message>
    <message>
        <source>587</source>
        <translation>587</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>सुरक्षा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>leave blank if the server needs no sign-in</source>
        <translation>अगर सर्वर को साइन इन नहीं चाहिए तो ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>blank keeps the stored password</source>
        <translation>ख़ाली छोड़ने पर रखा हुआ पासवर्ड बना रहता है</translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation>भेजने वाले का पता (&amp;F)</translation>
    </message>
    <message>
        <source>e.g. frontdesk@clinic.example</source>
        <translation>जैसे frontdesk@clinic.example</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग्स सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send a test &amp;to</source>
        <translation>टेस्ट यहाँ भेजें (&amp;T)</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>आपका ई-मेल पता</translation>
    </message>
    <message>
        <source>Sends straight away with the saved settings (save first).</source>
        <translation>सहेजी गई सेटिंग्स से तुरंत भेजता है (पहले सहेजें)।</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>टेस्ट ई-मेल भेजें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>StaffAccount</name>
    <message>
        <source>Staff account</source>
        <translation>स्टाफ़ खाता</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>उपयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <source>lower case, e.g. meera.n</source>
        <translation>छोटे अक्षरों में, जैसे meera.n</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>पूरा नाम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>भूमिका (&amp;R)</translation>
    </message>
    <message>
        <source>Linked &amp;doctor</source>
        <translation>जुड़े डॉक्टर (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>at least 8 characters, not a common password</source>
        <translation>कम से कम 8 अक्षर, कोई आम पासवर्ड नहीं</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>पासवर्ड दोबारा (&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>Staff accounts</source>
        <translation>स्टाफ़ खाते</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>पिछला साइन इन</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>पासवर्ड रीसेट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>बंद करें (&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>चालू करें (&amp;N)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/staff.py" line="+164"/>
        <source>Staff accounts</source>
        <translation>स्टाफ़ खाते</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location line="-328"/>
        <source>Administrator</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptionist</source>
        <translation>रिसेप्शनिस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation>नर्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>reading the staff accounts</source>
        <translation>स्टाफ़ खाते पढ़ते समय</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{status} · must change password</source>
        <translation>{status} · पासवर्ड बदलना ज़रूरी</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unlocking {username}</source>
        <translation>{username} को अनलॉक करते समय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabling {username}</source>
        <translation>{username} को निष्क्रिय करते समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabling {username}</source>
        <translation>{username} को सक्रिय करते समय</translation>
    </message>
</context>
<context>
    <name>StillCalledDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/still_called.py" line="+19"/>
        <source>Patient still called</source>
        <translation>रोगी अभी भी बुलाया हुआ है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token {token} is still called to {room} and has not come in.</source>
        <translation>टोकन {token} को {room} में बुलाया गया है और वे अभी तक नहीं आए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token {token} is still called and has not come in.</source>
        <translation>टोकन {token} को बुलाया गया है और वे अभी तक नहीं आए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call them again, mark them not answered (they keep their place) and call the next patient, or call the next patient anyway (both stay called).</source>
        <translation>उन्हें फिर बुलाएँ; या उन्हें “नहीं आए” दर्ज करके (उनकी जगह बनी रहती है) अगले रोगी को बुलाएँ; या फिर भी अगले रोगी को बुलाएँ (दोनों बुलाए हुए रहेंगे)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call &amp;again ({token})</source>
        <translation>फिर बुलाएँ (&amp;A) ({token})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not answered, call next</source>
        <translation>नहीं आए दर्ज करें, अगला बुलाएँ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call next an&amp;yway</source>
        <translation>फिर भी अगला बुलाएँ (&amp;Y)</translation>
    </message>
</context>
<context>
    <name>TabSpec</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/registry.py" line="+65"/>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurse</source>
        <translation>नर्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptionist</source>
        <translation>रिसेप्शनिस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{} is not for your role.</source>
        <translation>{} आपकी भूमिका के लिए नहीं है।</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Patients</source>
        <translation>रोगी (&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quick &amp;walk-in…</source>
        <translation>त्वरित वॉक-इन (&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register patient…</source>
        <translation>रोगी पंजीकरण (&amp;R)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Appointments</source>
        <translation>अपॉइंटमेंट (&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Doctors</source>
        <translation>डॉक्टर (&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Queue</source>
        <translation>कतार (&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Billing</source>
        <translation>बिलिंग (&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing is for the cashier and the administrator.</source>
        <translation>बिलिंग कैशियर और प्रशासक के लिए है।</translation>
    </message>
</context>
<context>
    <name>TakingsDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/takings.py" line="+34"/>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the takings</source>
        <translation>कलेक्शन पढ़ते समय</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Takings — {month}</source>
        <translation>कलेक्शन — {month}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month {month} · today {today} ({modes}) · refunds are taken out</source>
        <translation>इस महीने {month} · आज {today} ({modes}) · रिफ़ंड घटाकर</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This month, day by day (₹)</source>
        <translation>इस महीने, दिन-ब-दिन (₹)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Today by mode (₹)</source>
        <translation>आज, माध्यम के अनुसार (₹)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
</context>
<context>
    <name>TakingsForm</name>
    <message>
        <source>Takings — HMS Desktop</source>
        <translation>कलेक्शन — HMS Desktop</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>कलेक्शन</translation>
    </message>
</context>
<context>
    <name>TotalsCard</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/totals.py" line="+43"/>
        <source>Exempt / nil-rated value</source>
        <translation>छूट-प्राप्त / शून्य-दर मूल्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grand total (preview)</source>
        <translation>कुल योग (पूर्वावलोकन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grand total</source>
        <translation>कुल योग</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/dialogs.py" line="+90"/>
        <source>Transfer patient</source>
        <translation>रोगी ट्रांसफ़र करें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— any doctor of the department —</source>
        <translation>— विभाग का कोई भी डॉक्टर —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— the doctor&apos;s department —</source>
        <translation>— डॉक्टर का विभाग —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transfer</source>
        <translation>ट्रांसफ़र करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>transferring</source>
        <translation>ट्रांसफ़र करते समय</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>Transfer patient</source>
        <translation>रोगी ट्रांसफ़र करें</translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation>डॉक्टर (&amp;D)</translation>
    </message>
    <message>
        <source>or d&amp;epartment</source>
        <translation>या विभाग (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>कारण (&amp;R) *</translation>
    </message>
    <message>
        <source>e.g. needs a cardiologist</source>
        <translation>जैसे कार्डियोलॉजिस्ट की ज़रूरत है</translation>
    </message>
    <message>
        <source>The patient keeps their arrival time and triage, so they keep their place.</source>
        <translation>रोगी का आने का समय और ट्राइएज बना रहता है, इसलिए उनकी जगह बनी रहती है।</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/triage_dialog.py" line="+51"/>
        <source>Triage</source>
        <translation>ट्राइएज</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>triage</source>
        <translation>ट्राइएज</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{level}: to be seen within {minutes} min</source>
        <translation>{level}: {minutes} मिनट के भीतर देखा जाना है</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save triage</source>
        <translation>ट्राइएज सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage — token {token}</source>
        <translation>ट्राइएज — टोकन {token}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-triage: the current level is {level}; the last readings are filled in: update what you measured now.</source>
        <translation>दोबारा ट्राइएज: अभी का स्तर {level} है; पिछली रीडिंग भरी हुई हैं: जो अभी मापा है उसे अपडेट करें।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reading triage rules</source>
        <translation>ट्राइएज नियम पढ़ते समय</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>saving the triage</source>
        <translation>ट्राइएज सहेजते समय</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some readings are outside the usual range (in amber). Re-check them; if they are right, tick “Readings checked — save anyway” and save again.</source>
        <translation>कुछ रीडिंग सामान्य सीमा से बाहर हैं (पीले रंग में)। उन्हें दोबारा जाँचें; अगर वे सही हैं, तो “रीडिंग जाँच लीं — फिर भी सहेजें” पर टिक करें और फिर से सहेजें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{message} Your entries are kept: press Save again.</source>
        <translation>{message} आपकी प्रविष्टियाँ रखी गई हैं: फिर से सहेजें दबाएँ।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>re-reading the entry</source>
        <translation>प्रविष्टि दोबारा पढ़ते समय</translation>
    </message>
</context>
<context>
    <name>TriageForm</name>
    <message>
        <source>Triage</source>
        <translation>ट्राइएज</translation>
    </message>
    <message>
        <source>Chief &amp;complaint</source>
        <translation>मुख्य शिकायत (&amp;C)</translation>
    </message>
    <message>
        <source>e.g. chest pain since morning, sweating (at most 500 characters)</source>
        <translation>जैसे सुबह से सीने में दर्द, पसीना (अधिकतम 500 अक्षर)</translation>
    </message>
    <message>
        <source>&amp;Respiration rate</source>
        <translation>श्वसन दर (&amp;R)</translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation>साँस/मिनट</translation>
    </message>
    <message>
        <source>Sp&amp;O2</source>
        <translation>SpO2 (&amp;O)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>On o&amp;xygen</source>
        <translation>ऑक्सीजन पर (&amp;X)</translation>
    </message>
    <message>
        <source>The patient is on supplemental oxygen (adds 2 to NEWS2)</source>
        <translation>रोगी को अतिरिक्त ऑक्सीजन दी जा रही है (NEWS2 में 2 जुड़ते हैं)</translation>
    </message>
    <message>
        <source>SpO2 scale &amp;2 (hypercapnic)</source>
        <translation>SpO2 स्केल 2 (हाइपरकैप्निक) (&amp;2)</translation>
    </message>
    <message>
        <source>Use SpO2 scale 2 only for confirmed hypercapnic respiratory failure (e.g. COPD with CO2 retention), on a doctor&apos;s instruction. Otherwise leave unticked.</source>
        <translation>SpO2 स्केल 2 केवल पुष्ट हाइपरकैप्निक रेस्पिरेटरी फ़ेल्योर (जैसे CO2 रिटेंशन वाला COPD) में, डॉक्टर के निर्देश पर लें। वरना टिक न करें।</translation>
    </message>
    <message>
        <source>S&amp;ystolic BP</source>
        <translation>सिस्टोलिक BP (&amp;Y)</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>D&amp;iastolic BP</source>
        <translation>डायस्टोलिक BP (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation>नाड़ी (&amp;P)</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>धड़कन/मिनट</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>तापमान (&amp;E)</translation>
    </message>
    <message>
        <source>°C, e.g. 37.8</source>
        <translation>°C, जैसे 37.8</translation>
    </message>
    <message>
        <source>C&amp;onsciousness</source>
        <translation>चेतना (&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;ain (0–10)</source>
        <translation>दर्द (0–10) (&amp;A)</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>&amp;Glucose</source>
        <translation>ग्लूकोज़ (&amp;G)</translation>
    </message>
    <message>
        <source>mg/dL (optional)</source>
        <translation>mg/dL (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>वज़न (&amp;W)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Pre&amp;gnant</source>
        <translation>गर्भवती (&amp;G)</translation>
    </message>
    <message>
        <source>NEWS2: enter all seven parameters</source>
        <translation>NEWS2: सातों पैरामीटर भरें</translation>
    </message>
    <message>
        <source>Suggested level</source>
        <translation>सुझाया गया स्तर</translation>
    </message>
    <message>
        <source>A low NEWS2 never lowers a level given for a presenting sign (e.g. chest pain).</source>
        <translation>कम NEWS2 किसी प्रमुख लक्षण (जैसे सीने में दर्द) के लिए दिया गया स्तर कभी नहीं घटाता।</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>स्तर (&amp;L)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>लाल</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>नारंगी</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>पीला</translation>
    </message>
    <message>
        <source>green</source>
        <translation>हरा</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>नीला</translation>
    </message>
    <message>
        <source>O&amp;verride reason *</source>
        <translation>बदलने का कारण (&amp;V) *</translation>
    </message>
    <message>
        <source>Why a different level from the suggestion, e.g. looks unwell, sats dropping</source>
        <translation>सुझाव से अलग स्तर क्यों, जैसे हालत ठीक नहीं दिखती, SpO2 गिर रहा है</translation>
    </message>
    <message>
        <source>Readings checked — save anyway</source>
        <translation>रीडिंग जाँच लीं — फिर भी सहेजें</translation>
    </message>
    <message>
        <source>Tick after re-measuring the readings marked in amber</source>
        <translation>पीले निशान वाली रीडिंग दोबारा मापने के बाद टिक करें</translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_rules.py" line="-115"/>
        <source>Rules are never deleted: a deactivated rule stops suggesting a level, but the triage decisions it explained stay readable. Activate it again at any time.</source>
        <translation>नियम कभी मिटाए नहीं जाते: निष्क्रिय नियम स्तर सुझाना बंद कर देता है, पर उससे समझाए गए ट्राइएज निर्णय पढ़े जा सकते हैं। इसे कभी भी फिर से सक्रिय करें।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>red</source>
        <translation>लाल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orange</source>
        <translation>नारंगी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>पीला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green</source>
        <translation>हरा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue</source>
        <translation>नीला</translation>
    </message>
</context>
<context>
    <name>TriageSettingsDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_settings.py" line="+60"/>
        <source>Scale saved — every desk will show the new targets within a few seconds.</source>
        <translation>स्केल सहेजा गया — कुछ ही सेकंड में हर डेस्क पर नए लक्ष्य दिखेंगे।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign is already in the table.</source>
        <translation>यह लक्षण तालिका में पहले से है।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_scale.py" line="+19"/>
        <source>Choose a preset…</source>
        <translation>कोई प्रीसेट चुनें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>South African (SATS)</source>
        <translation>दक्षिण अफ़्रीकी (SATS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four-level (Critical/High/Moderate/Low)</source>
        <translation>चार-स्तरीय (गंभीर/उच्च/मध्यम/निम्न)</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_settings.py" line="+21"/>
        <source>HMS Desktop — Triage settings</source>
        <translation>HMS Desktop — ट्राइएज सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_scale.py" line="+33"/>
        <source>Put back the scale as it is saved now.</source>
        <translation>स्केल को वैसा ही कर दें जैसा अभी सहेजा हुआ है।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_settings.py" line="+69"/>
        <source>Loading the triage scale and rules…</source>
        <translation>ट्राइएज स्केल और नियम लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading triage</source>
        <translation>ट्राइएज लोड करना</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_scale.py" line="+22"/>
        <source>{preset} filled in: check the names and times, then Save scale.</source>
        <translation>{preset} भर दिया गया: नाम और समय जाँचें, फिर &quot;स्केल सहेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/triage_settings.py" line="+35"/>
        <source>Saving the scale…</source>
        <translation>स्केल सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saving the triage scale</source>
        <translation>ट्राइएज स्केल सहेजना</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} rules · {active} active</source>
        <translation>{n} नियम · {active} सक्रिय</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ac&amp;tivate</source>
        <translation>सक्रिय करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deac&amp;tivate</source>
        <translation>निष्क्रिय करें (&amp;T)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving the rule…</source>
        <translation>नियम सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saving the triage rule</source>
        <translation>ट्राइएज नियम सहेजना</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved: “{keyword}” → at least {level}.</source>
        <translation>सहेजा गया: “{keyword}” → कम से कम {level}।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: “{keyword}” → at least {level} (inactive).</source>
        <translation>सहेजा गया: “{keyword}” → कम से कम {level} (निष्क्रिय)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the existing rule instead, or choose another sign.</source>
        <translation>इसके बजाय मौजूदा नियम बदलें, या कोई दूसरा लक्षण चुनें।</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>You have unsaved changes to the scale and the rule being edited. Close and discard them?</source>
        <translation>स्केल और बदले जा रहे नियम में बिना सहेजे बदलाव हैं। बंद करके उन्हें छोड़ दें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have unsaved changes to the scale. Close and discard them?</source>
        <translation>स्केल में बिना सहेजे बदलाव हैं। बंद करके उन्हें छोड़ दें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have unsaved changes to the rule being edited. Close and discard them?</source>
        <translation>बदले जा रहे नियम में बिना सहेजे बदलाव हैं। बंद करके उन्हें छोड़ दें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes?</source>
        <translation>बदलाव छोड़ दें?</translation>
    </message>
</context>
<context>
    <name>TriageSettingsForm</name>
    <message>
        <source>Triage settings</source>
        <translation>ट्राइएज सेटिंग्स</translation>
    </message>
    <message>
        <source>The triage scale every desk uses, and the table of presenting signs that suggest a level. Changes reach every desk within a few seconds.</source>
        <translation>हर डेस्क पर इस्तेमाल होने वाला ट्राइएज स्केल, और स्तर सुझाने वाले प्रमुख लक्षणों की तालिका। बदलाव कुछ ही सेकंड में हर डेस्क तक पहुँचते हैं।</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>स्केल (&amp;S)</translation>
    </message>
    <message>
        <source>The five colours never change; their names and the longest a patient at each level should wait for a doctor do. A less urgent level cannot have a shorter target.</source>
        <translation>पाँचों रंग कभी नहीं बदलते; उनके नाम और हर स्तर पर रोगी के डॉक्टर तक पहुँचने का अधिकतम प्रतीक्षा समय बदल सकते हैं। कम ज़रूरी स्तर का लक्ष्य छोटा नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Start from &amp;preset</source>
        <translation>प्रीसेट से शुरू करें (&amp;P)</translation>
    </message>
    <message>
        <source>fills the rows below; nothing is saved until you press Save scale</source>
        <translation>नीचे की पंक्तियाँ भरता है; &quot;स्केल सहेजें&quot; दबाने तक कुछ नहीं सहेजा जाता</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Name shown on the desks</source>
        <translation>डेस्क पर दिखने वाला नाम</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>लक्ष्य प्रतीक्षा</translation>
    </message>
    <message>
        <source>Name of the red level</source>
        <translation>लाल स्तर का नाम</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Target minutes for the red level</source>
        <translation>लाल स्तर के लक्ष्य मिनट</translation>
    </message>
    <message>
        <source>Name of the orange level</source>
        <translation>नारंगी स्तर का नाम</translation>
    </message>
    <message>
        <source>Target minutes for the orange level</source>
        <translation>नारंगी स्तर के लक्ष्य मिनट</translation>
    </message>
    <message>
        <source>Name of the yellow level</source>
        <translation>पीले स्तर का नाम</translation>
    </message>
    <message>
        <source>Target minutes for the yellow level</source>
        <translation>पीले स्तर के लक्ष्य मिनट</translation>
    </message>
    <message>
        <source>Name of the green level</source>
        <translation>हरे स्तर का नाम</translation>
    </message>
    <message>
        <source>Target minutes for the green level</source>
        <translation>हरे स्तर के लक्ष्य मिनट</translation>
    </message>
    <message>
        <source>Name of the blue level</source>
        <translation>नीले स्तर का नाम</translation>
    </message>
    <message>
        <source>Target minutes for the blue level</source>
        <translation>नीले स्तर के लक्ष्य मिनट</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>बदलाव वापस लें (&amp;U)</translation>
    </message>
    <message>
        <source>Sa&amp;ve scale</source>
        <translation>स्केल सहेजें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>नियम (&amp;R)</translation>
    </message>
    <message>
        <source>When a complaint contains a sign, triage suggests at least its level (the most urgent match wins). Double-click a rule or press Enter to edit it.</source>
        <translation>जब शिकायत में कोई लक्षण होता है, ट्राइएज कम से कम उसका स्तर सुझाता है (सबसे ज़रूरी मेल लागू होता है)। नियम बदलने के लिए उस पर डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>नियम जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>बदलें (&amp;E)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>निष्क्रिय करें (&amp;T)</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>नया नियम</translation>
    </message>
    <message>
        <source>Sign (&amp;keyword)</source>
        <translation>लक्षण (कीवर्ड) (&amp;K)</translation>
    </message>
    <message>
        <source>e.g. snake bite</source>
        <translation>जैसे सांप का काटना</translation>
    </message>
    <message>
        <source>At &amp;least</source>
        <translation>कम से कम (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;pecialisation</source>
        <translation>विशेषज्ञता (&amp;P)</translation>
    </message>
    <message>
        <source>Acti&amp;ve (suggests a level at triage)</source>
        <translation>सक्रिय (ट्राइएज पर स्तर सुझाता है) (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>साफ़ करें (&amp;C)</translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation>नियम सहेजें (&amp;U)</translation>
    </message>
    <message>
        <source>Test a complaint</source>
        <translation>कोई शिकायत जाँचें</translation>
    </message>
    <message>
        <source>type a complaint, e.g. chest pain since morning</source>
        <translation>शिकायत लिखें, जैसे सुबह से सीने में दर्द</translation>
    </message>
    <message>
        <source>Complaint to test</source>
        <translation>जाँचने वाली शिकायत</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>बंद करें (&amp;O)</translation>
    </message>
</context>
<context>
    <name>UpiQr</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/upi_qr.py" line="+81"/>
        <source>The patient scans this with any UPI app to pay ₹{amount} to {payee} ({vpa}) for {note}. Then enter the UPI transaction reference from their screen.</source>
        <translation>रोगी किसी भी UPI ऐप से इसे स्कैन करके {note} के लिए {payee} ({vpa}) को ₹{amount} का भुगतान करें। फिर उनकी स्क्रीन से UPI लेन-देन संदर्भ दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/admin/staff.py" line="-275"/>
        <source>Edit account — HMS Desktop</source>
        <translation>खाता बदलें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a staff account — HMS Desktop</source>
        <translation>स्टाफ़ खाता जोड़ें — HMS Desktop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— not a doctor&apos;s account —</source>
        <translation>— डॉक्टर का खाता नहीं —</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>saving the account</source>
        <translation>खाता सहेजते समय</translation>
    </message>
</context>
<context>
    <name>VitalsForm</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/queue/vitals.py" line="+23"/>
        <source>—  not assessed</source>
        <translation>—  आकलन नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A — Alert</source>
        <translation>A — सचेत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C — new Confusion</source>
        <translation>C — नया भ्रम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V — responds to Voice</source>
        <translation>V — आवाज़ पर प्रतिक्रिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P — responds to Pain</source>
        <translation>P — दर्द पर प्रतिक्रिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U — Unresponsive</source>
        <translation>U — कोई प्रतिक्रिया नहीं</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>respiration</source>
        <translation>श्वसन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systolic BP</source>
        <translation>सिस्टोलिक BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulse</source>
        <translation>नाड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consciousness</source>
        <translation>चेतना</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{reading}, {unit}: usually {low}–{high}</source>
        <translation>{reading}, {unit}: आमतौर पर {low}–{high}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not applicable: the patient is recorded as male</source>
        <translation>लागू नहीं: रोगी पुरुष दर्ज है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In pregnancy NEWS2 does not apply: the obstetric chart (MEOWS) is used</source>
        <translation>गर्भावस्था में NEWS2 लागू नहीं होता: प्रसूति चार्ट (MEOWS) इस्तेमाल होता है</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>/min</source>
        <translation>/मिनट</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>oxygen</source>
        <translation>ऑक्सीजन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>air</source>
        <translation>हवा</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/patients/walk_in.py" line="+66"/>
        <source>Quick walk-in</source>
        <translation>त्वरित वॉक-इन</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add to queue</source>
        <translation>कतार में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>walk-in</source>
        <translation>वॉक-इन</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Adding to the queue…</source>
        <translation>कतार में जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>registering the walk-in</source>
        <translation>वॉक-इन का पंजीकरण</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the age.</source>
        <translation>आयु लिखें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please correct the fields marked below.</source>
        <translation>कृपया नीचे चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Quick walk-in</source>
        <translation>त्वरित वॉक-इन</translation>
    </message>
    <message>
        <source>Registers the patient and adds them to today&apos;s queue with the next token.</source>
        <translation>रोगी का पंजीकरण करता है और अगले टोकन के साथ आज की कतार में जोड़ता है।</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>पहला नाम *</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation>लिंग *</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Age (years) *</source>
        <translation>आयु (वर्ष) *</translation>
    </message>
    <message>
        <source> y</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 अंक</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>कोई भी विभाग</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>e.g. fever for 3 days</source>
        <translation>जैसे 3 दिन से बुख़ार</translation>
    </message>
    <message>
        <source>A&amp;llergies *</source>
        <translation>एलर्जी (&amp;L) *</translation>
    </message>
    <message>
        <source>Ask: &quot;Are you allergic to any medicine?&quot; Not asking is not the same as none.</source>
        <translation>पूछें: &quot;क्या आपको किसी दवा से एलर्जी है?&quot; न पूछना &quot;कोई एलर्जी नहीं&quot; के बराबर नहीं है।</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <source>Allergic to (list):</source>
        <translation>इनसे एलर्जी (सूची):</translation>
    </message>
    <message>
        <source>e.g. penicillin (rash); sulfa</source>
        <translation>जैसे पेनिसिलिन (चकत्ते); सल्फ़ा</translation>
    </message>
</context>
<context>
    <name>WizardDesk</name>
    <message>
        <source>This desk</source>
        <translation>यह डेस्क</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>इनवॉइस (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>पर्चे (&amp;P)</translation>
    </message>
    <message>
        <source>Token &amp;slips and receipts</source>
        <translation>टोकन पर्चियाँ और रसीदें (&amp;S)</translation>
    </message>
    <message>
        <source>Save PDFs &amp;in</source>
        <translation>PDF यहाँ सहेजें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Set-up wizard step</source>
        <translation>सेट-अप विज़ार्ड का चरण</translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <source>Set-up wizard page</source>
        <translation>सेट-अप विज़ार्ड पेज</translation>
    </message>
    <message>
        <source>Add the &amp;starter list (consultations, dressing, injection, ECG…)</source>
        <translation>शुरुआती सूची जोड़ें (परामर्श, ड्रेसिंग, इंजेक्शन, ECG…) (&amp;S)</translation>
    </message>
    <message>
        <source>Import from a CSV or Excel file…</source>
        <translation>CSV या Excel फ़ाइल से आयात करें…</translation>
    </message>
</context>
<context>
    <name>clinicNumberingPage</name>
    <message>
        <source>Clinic numbering</source>
        <translation>क्लिनिक की नंबरिंग</translation>
    </message>
    <message>
        <source>MRN prefix</source>
        <translation>MRN उपसर्ग</translation>
    </message>
    <message>
        <source>1-6 letters, e.g. ASH: patient numbers ASH-0000001-M</source>
        <translation>1-6 अक्षर, जैसे ASH: रोगी नंबर ASH-0000001-M</translation>
    </message>
    <message>
        <source>Queue tokens</source>
        <translation>कतार टोकन</translation>
    </message>
    <message>
        <source>Tax invoices prefix</source>
        <translation>टैक्स इनवॉइस उपसर्ग</translation>
    </message>
    <message>
        <source>1-6 letters or digits, e.g. INV</source>
        <translation>1-6 अक्षर या अंक, जैसे INV</translation>
    </message>
    <message>
        <source>Bills of supply prefix</source>
        <translation>बिल ऑफ़ सप्लाई उपसर्ग</translation>
    </message>
    <message>
        <source>Invoice-cum-bills of supply prefix</source>
        <translation>इनवॉइस-कम-बिल ऑफ़ सप्लाई उपसर्ग</translation>
    </message>
    <message>
        <source>Receipts prefix</source>
        <translation>रसीद उपसर्ग</translation>
    </message>
    <message>
        <source>Credit notes prefix</source>
        <translation>क्रेडिट नोट उपसर्ग</translation>
    </message>
    <message>
        <source>Lock a desk after</source>
        <translation>डेस्क लॉक करें इतने समय बाद</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Discount limit (%)</source>
        <translation>छूट की सीमा (%)</translation>
    </message>
    <message>
        <source>percent of a line a cashier may discount without a reason</source>
        <translation>किसी पंक्ति पर बिना कारण कैशियर कितने प्रतिशत छूट दे सकता है</translation>
    </message>
    <message>
        <source>Invoice dates</source>
        <translation>इनवॉइस की तारीखें</translation>
    </message>
    <message>
        <source>Today only</source>
        <translation>केवल आज</translation>
    </message>
    <message>
        <source> days back, with a reason</source>
        <translation> दिन पीछे तक, कारण के साथ</translation>
    </message>
    <message>
        <source>How far before today a cashier may date an invoice; each one is audited.</source>
        <translation>कैशियर आज से कितने दिन पहले की तारीख का इनवॉइस बना सकता है; हर एक का ऑडिट होता है।</translation>
    </message>
    <message>
        <source>Keep unsaved drafts</source>
        <translation>बिना सहेजे ड्राफ़्ट रखें</translation>
    </message>
    <message>
        <source> days on the desk</source>
        <translation> दिन डेस्क पर</translation>
    </message>
    <message>
        <source>A doctor&apos;s unsaved consultation notes are kept on the desk&apos;s disk in case the connection is lost; a copy nobody comes back to is removed after this many days.</source>
        <translation>कनेक्शन टूटने की स्थिति के लिए डॉक्टर के बिना सहेजे परामर्श नोट्स डेस्क की डिस्क पर रखे जाते हैं; जिस कॉपी पर कोई वापस नहीं आता, वह इतने दिनों बाद हटा दी जाती है।</translation>
    </message>
</context>
</TS>
