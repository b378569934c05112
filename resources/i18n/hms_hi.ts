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
        <location filename="../../hms_desktop/gui/tabs/billing/model.py" line="+168"/>
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
        <location filename="../../hms_desktop/gui/tabs/billing/bill_panel.py" line="+46"/>
        <source>Select a patient from the pending list.</source>
        <translation>बकाया सूची से रोगी चुनें।</translation>
    </message>
    <message>
        <location line="+86"/>
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
    <name>ChangePassword</name>
    <message>
        <source>Choose a new password — HMS Desktop</source>
        <translation>नया पासवर्ड चुनें — HMS Desktop</translation>
    </message>
    <message>
        <source>{}, an administrator set your password. Choose your own now: at least 8 characters, not your username, not a common password.</source>
        <translation>{}, आपका पासवर्ड एडमिन ने रखा है। अभी अपना पासवर्ड चुनें: कम से कम 8 अक्षर, आपका यूज़रनेम नहीं, कोई आम पासवर्ड नहीं।</translation>
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
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../hms_desktop/gui/widgets/banner.py" line="+31"/>
        <source>Connection to the database lost</source>
        <translation>डेटाबेस से कनेक्शन टूट गया</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>DeskApp</name>
    <message>
        <location filename="../../hms_desktop/gui/app.py" line="+135"/>
        <source>Opening the database…</source>
        <translation>डेटाबेस खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use Connection… to choose or fix the database.</source>
        <translation>डेटाबेस चुनने या ठीक करने के लिए &quot;कनेक्शन…&quot; का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The clinic is set up. Sign in to start.</source>
        <translation>क्लिनिक तैयार है। शुरू करने के लिए साइन इन करें।</translation>
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
        <location line="+67"/>
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
        <location line="+64"/>
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
    <name>FirstAdminForm</name>
    <message>
        <source>Create the first administrator</source>
        <translation>पहला एडमिन बनाएँ</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. The administrator you create here signs in first and adds the other users (reception, nurses, doctors, cashiers).</source>
        <translation>इस डेटाबेस में अभी कोई स्टाफ़ खाता नहीं है। यहाँ बनाया गया एडमिन पहले साइन इन करता है और बाकी उपयोगकर्ताओं (रिसेप्शन, नर्स, डॉक्टर, कैशियर) को जोड़ता है।</translation>
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
        <translation>एडमिन बनाएँ (&amp;R)</translation>
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
        <location line="+16"/>
        <source>Wrong password. Try again, or switch user.</source>
        <translation>गलत पासवर्ड। फिर से कोशिश करें, या उपयोगकर्ता बदलें।</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/dialogs/login.py" line="+35"/>
        <source>HMS Desktop — Sign in</source>
        <translation>HMS Desktop — साइन इन</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the database…</source>
        <translation>डेटाबेस खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+39"/>
        <source>Choose a new password to sign in (an administrator reset yours).</source>
        <translation>साइन इन करने के लिए नया पासवर्ड चुनें (एडमिन ने आपका पासवर्ड रीसेट किया है)।</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../hms_desktop/gui/main_window.py" line="+104"/>
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
        <location line="+1"/>
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
        <location line="+183"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>&amp;Desk</source>
        <translation>डेस्क (&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waiting-room display</source>
        <translation>प्रतीक्षा-कक्ष डिस्प्ले (&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+8"/>
        <source>SQLite (embedded)</source>
        <translation>SQLite (इसी कंप्यूटर पर)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+14"/>
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
    <name>ServiceMessage</name>
    <message>
        <location filename="../../hms_desktop/gui/service_messages.py" line="+11"/>
        <source>A PIN code has six digits and does not start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPI ID looks like clinicname@okhdfcbank (name, @, the bank&apos;s handle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A class name of 2-30 capitals, digits or _ (e.g. MEDICINE_5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code of 1-20 letters, digits or - _ / . (e.g. CONSULT-SP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code of 1-20 letters, digits or - _ / . is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note shows the recipient&apos;s address (Rule 53(1A)(f)): enter the patient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day can be closed only once it has begun: today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount above {0}% of the line needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount between 0 and {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A doctor calls patients to their own room only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document number series only moves forward; it cannot be changed or rewound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A favourite holds at most {0} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A landline has its STD code and number, 10 digits with the 0: e.g. 080 4123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A less urgent level cannot have a shorter target time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line and the quantity to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is too large for its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number is too large for its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage between 0 and 100, with at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage from 0 to 100, at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A percentage, e.g. 5 or 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is 1 to 6 letters or digits starting with a letter, e.g. INV or OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prescription needs at least one drug line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price from {0} is already in force; bills used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity above zero, at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record this one refers to does not exist (it may have been removed); refresh and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registered recipient&apos;s address is printed (Rule 46(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit of at most 10 characters (NOS, STRIP, TAB...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit of at most 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value is too long for its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 or A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA address</source>
        <translation type="unfinished">ABHA पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ABHA number</source>
        <translation type="unfinished">ABHA नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALLERGIES: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active or not (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one drug line to save as a favourite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one line to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (when there is no date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergic to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation type="unfinished">एलर्जी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy recorded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ABHA address looks like name@abdm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address on the bill is printed with its State&apos;s name and code (Rule 46(e)): choose the patient&apos;s State.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator already exists; sign in and add users from the Users tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount from 0 up to 9,99,99,99,999.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exempt class has rate 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An old id has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andaman and Nicobar Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andhra Pradesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andhra Pradesh (before division)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another department already has this {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk called this patient a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk changed this patient&apos;s queue entry a moment ago; check and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk changed this patient&apos;s queue entry a moment ago; the queue has been refreshed, check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk is working on this record right now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk moved this patient a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor already has this registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor has already called this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another doctor is seeing this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment cancelled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment confirmed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment moved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments can be booked at most {0} days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arunachal Pradesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia/Kolkata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 10 characters (NOS, STRIP, TAB...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most two decimals (paise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters (this has {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters in capitals; shorten the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {0} decimal place{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit row {0} (id {1}, {2}) does not match its digest: it, or the row before it, was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit rows {0} are missing: deleted after they were written (the chain resumes at {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BILL OF SUPPLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups: by the database server&apos;s DBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 0 (today only) and {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between 1 and {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bihar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood glucose (finger-prick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blood group</source>
        <translation type="unfinished">ब्लड ग्रुप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREDIT NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the export folder {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the database server. Check the server name and port in the connection settings, that the server is running, and that this computer is on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the mail server {0}:{1} ({2}: {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash, card or UPI (or none to reduce the dues).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash, card or UPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chandigarh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge {0} has just been billed by another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chhattisgarh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &apos;No known allergies&apos; (and leave the list empty) rather than typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A, C, V, P or U (ACVPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose M, F or O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a closed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a favourite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a tax class of the rate table: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an active doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose none, starttls or ssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose not recorded, none known, or a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the five triage levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose pending, sent or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the doctor or department to transfer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished">शहर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock(zone={0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code {0} is also on row {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column {0} is already mapped to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation fee</source>
        <translation type="unfinished">परामर्श शुल्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains {0}: remove it and type the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit a quantity above zero, at most 2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dadra and Nagar Haveli and Daman and Diu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daman and Diu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation type="unfinished">जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead / non-urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {0},

{1}
Doctor: {2} ({3})
MRN: {4}
{5}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">विभाग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department (name or code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the diagnosis or pick an ICD-10 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP must be lower than systolic BP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor</source>
        <translation type="unfinished">डॉक्टर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the trailing zero: 5 mg, not 5.0 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished">ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECG (12-lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each level of the scale is a colour, a name and a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation type="unfinished">आपातकालीन संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency phone</source>
        <translation type="unfinished">आपातकालीन फ़ोन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted backups are on but no passphrase is in the keychain: set one with `hms-desktop-admin backup passphrase`, or turn encryption off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a fee of zero or more rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number (not infinity or NaN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a sign of at least 3 letters, e.g. &apos;chest pain&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees and whole paise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees, e.g. 150.50.</source>
        <translation type="unfinished">राशि रुपयों में डालें, जैसे 150.50।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an amount in rupees, e.g. 350 or 350.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter how often (OD, BD, TDS, QID, HS, SOS or in words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the UPI transaction reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amounts counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the clinic&apos;s legal name (as registered for GST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the closing time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company&apos;s legal name as registered for GST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date of birth or the age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the price applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the date the price or rate applies from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the department&apos;s name (at most 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the e-mail address to send the test to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the generic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the item&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the item&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the mail server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the medicine&apos;s generic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the opening time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the prefix, e.g. INV or OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the quantity to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the registration&apos;s expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the sender&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the start and end as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on this invoice has already been credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite prescriptions belong to a doctor&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the consultation with token {0} before calling the next patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitness certificate (employer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Rs 50,000 of taxable value the invoice must show the patient&apos;s address: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender / sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give either a price-list item or a pending charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the minimum hours between SOS doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the starter items as a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this level a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gujarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gynaecologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop has this database open. Close the app on this computer (File → Quit), then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMS Desktop {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haryana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Himachal Pradesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMCI danger sign in a child under five ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVOICE-CUM-BILL OF SUPPLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infinity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection (administration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {0} no longer matches the seal taken when it was issued: its stored rows were changed outside HMS Desktop. It is not printed. Tell the administrator (they can run “hms-desktop-admin audit verify”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices can be dated {0} (the clinic&apos;s setting); {1} is too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued documents and the audit trail cannot be changed or deleted; corrections are made with a new record (a credit note, an amended prescription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jammu and Kashmir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jharkhand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karnataka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (service, procedure, medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ladakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lakshadweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landline (with STD code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup {0} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup {0} ago: back up now (Settings → Back up now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation type="unfinished">उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0} is not on invoice {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {0}: only {1} is left to credit (asked {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the allergies (e.g. penicillin - rash), or choose none known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEOWS trigger: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEOWS: {0} (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRN prefix</source>
        <translation type="unfinished">MRN उपसर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madhya Pradesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maharashtra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manipur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map a name column (Name, or First name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the date of birth or the age column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the gender / sex column: the register needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meghalaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mizoram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation type="unfinished">मोबाइल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the balance due ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at least {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2 does not apply (under 16): readings are checked against the normal ranges for the child&apos;s age (APLS, PALS, NICE NG143).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2 does not apply in pregnancy: readings are checked against the obstetric early-warning chart (MEOWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (low-medium: {2} scores 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2{0} {1} (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nagaland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished">नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (one column: first and last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the favourite (e.g. URTI adult).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nebulisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No GST rate is set for {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup yet: Settings → Back up now (or `hms-desktop-admin backup create`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No known allergies</source>
        <translation type="unfinished">कोई ज्ञात एलर्जी नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-urgent</source>
        <translation type="unfinished"></translation>
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
        <translation>मानक</translation>
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
        <translation>अति आवश्यक</translation>
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
        <translation>बहुत आवश्यक</translation>
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
    <name>TabSpec</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/registry.py" line="+69"/>
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
        <location line="+1"/>
        <source>&amp;Register patient…</source>
        <translation>रोगी पंजीकरण (&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>बिलिंग कैशियर और एडमिन के लिए है।</translation>
    </message>
</context>
<context>
    <name>TakingsDialog</name>
    <message>
        <location filename="../../hms_desktop/gui/tabs/billing/takings.py" line="+35"/>
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
