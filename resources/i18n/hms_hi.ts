<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AccessLog</name>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsForm</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day/week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day/week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDoctorForm</name>
    <message>
        <source>Assign doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors on duty now who can take the patient, best first. Enter accepts the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor is on duty now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient, invoice, staff_user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerForm</name>
    <message>
        <source>Connection to the database lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingForm</name>
    <message>
        <source>Pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint &amp;receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day cl&amp;ose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient from the pending list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click Qty, Discount or Reason to change them. A discount above the clinic&apos;s limit needs a reason. Ctrl+Enter creates the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take pay&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create bill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookAppointment</name>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone (last 4+ digits), MRN or ABHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. fever for 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free slots — pick one:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelAppointment</name>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. patient called to cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicIdentityForm</name>
    <message>
        <source>Clinic identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered for GST / with the Clinical Establishments register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name patients know, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building, street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area, landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six digits: the city and State are suggested from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / UT *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty for an unregistered clinic (bills of supply only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical Establishments Act registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ashaclinic@okhdfcbank: a QR code on bills with a balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (PNG/JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where this desk keeps its data: the embedded database on this computer, or the clinic&apos;s PostgreSQL or Oracle server. Passwords are kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clinic-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;llet folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unzipped wallet, with ewallet.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TNS folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holding tnsnames.ora (TNS_ADMIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TNS al&amp;ias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet pa&amp;ssword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it has one; kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate (sslrootcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client cer&amp;tificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s schema, when the DBA set one up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLERGIES: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals (from triage; edit to correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;S — Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;O — Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, symptoms, what the patient says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A — Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P — P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations, treatment, referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses — ICD-10 (first is primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>℞  Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice printed on the prescription (diet, rest, warning signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings checked — complete anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes on the server; the visit stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete &amp;&amp; print (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the visit: diagnoses, prescription, charges for the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteForm</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full credit (everything not yet credited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the note with the State (Rule 53): needed when the bill has none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCloseForm</name>
    <message>
        <source>Day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;blind: enter what you counted first, then see what was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. General Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (accepting appointments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorForm</name>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MBBS, MD (General Medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KMC-104233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Karnataka Medical Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> patients/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, 10-digit mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorsForm</name>
    <message>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. The administrator you create here signs in first and adds the other users (reception, nurses, doctors, cashiers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, not the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GstRate</name>
    <message>
        <source>Add a GST rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exempt supply (rate 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SAC/HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for a new class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockForm</name>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4 · Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .xlsx file from the old system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with any delimiter (UTF-8, UTF-8 with BOM or Windows-1252) or an Excel .xlsx workbook (first sheet), with a header row. Up to 200,000 rows. Dates day first (31/12/1980) or as Excel dates; ages like 45, 45 y or 6 m; mobiles with or without +91 or 0. Nothing is written until you have seen the check and pressed Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alikes are skipped unless you choose Merge (fill the registered patient&apos;s empty fields) or Create anyway (a different person with a similar name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave / out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Conference, personal leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveImpact</name>
    <message>
        <source>Appointments affected by leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments affected by the leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebook all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftQueueForm</name>
    <message>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. could not wait, will come tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxForm</name>
    <message>
        <source>E-mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations waiting to be sent, sent, or given up on after repeated failures. A failed message can be sent again once the mail settings are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDetailForm</name>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Register patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lakshmi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 98450 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House, street, area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABHA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABHA address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@abdm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the patient: not asking is not the same as none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to (list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. penicillin (rash); sulfa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STD code and number, e.g. 080 4123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription prints the dosage instructions in English and in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients already registered who look like this one. Use the existing record instead of creating a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsForm</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name (any order), mobile or its last 4+ digits, MRN, ABHA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register and queue a walk-in patient (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected patient (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tendered ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>₹0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescribedMedicinesForm</name>
    <message>
        <source>Medicines prescribed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the medicines the clinic dispenses; untick what the patient buys elsewhere. A ticked medicine needs the batch number and expiry (MM/YYYY) printed on the strip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceChange</name>
    <message>
        <source>Change a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;price (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceItem</name>
    <message>
        <source>Price-list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DRESSING-L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SAC/HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOS, TAB, STRIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 350 or 12.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Price list and GST rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAC/HSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GST rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill uses the rate in force on its date; a rate change is a new row from its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;rate or class…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueForm</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depart&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;octor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (waiting, called, in consultation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All today (incl. done, left, transferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find token or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the freed place to this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ ▲  EMERGENCY — red and orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency cases (red or orange) waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue — in the order patients will be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triage… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record complaint, vitals and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the patient on a doctor&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the top patient waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this patient (again) to your room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called patient did not come: back to waiting, keeping their place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left without being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to another doctor or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print s&amp;lip (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the token slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDay</name>
    <message>
        <source>Reopen a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening lets the cashier take payments and close the day again; the first close stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenReason</name>
    <message>
        <source>Reopen a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleAppointment</name>
    <message>
        <source>Reschedule appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassword</name>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They must choose their own password at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsForm</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment confirmations are sent through this mail server. The password is kept in the system keychain, never in the database; leave it blank to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.gmail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave blank if the server needs no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank keeps the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. frontdesk@clinic.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends straight away with the saved settings (save first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccount</name>
    <message>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case, e.g. meera.n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters, not a common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>Transfer patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or d&amp;epartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. needs a cardiologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient keeps their arrival time and triage, so they keep their place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageForm</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief &amp;complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chest pain since morning, sweating (at most 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respiration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaths/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp&amp;O2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On o&amp;xygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is on supplemental oxygen (adds 2 to NEWS2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 scale &amp;2 (hypercapnic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SpO2 scale 2 only for confirmed hypercapnic respiratory failure (e.g. COPD with CO2 retention), on a doctor&apos;s instruction. Otherwise leave unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iastolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C, e.g. 37.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsciousness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/dL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;gnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2: enter all seven parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low NEWS2 never lowers a level given for a presenting sign (e.g. chest pain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a different level from the suggestion, e.g. looks unwell, sats dropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings checked — save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick after re-measuring the readings marked in amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageSettingsForm</name>
    <message>
        <source>Triage settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The triage scale every desk uses, and the table of presenting signs that suggest a level. Changes reach every desk within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five colours never change; their names and the longest a patient at each level should wait for a doctor do. A less urgent level cannot have a shorter target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills the rows below; nothing is saved until you press Save scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown on the desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the red level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minutes for the red level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the orange level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minutes for the orange level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the yellow level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minutes for the yellow level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the green level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minutes for the green level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the blue level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target minutes for the blue level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a complaint contains a sign, triage suggests at least its level (the most urgent match wins). Double-click a rule or press Enter to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign (&amp;keyword)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. snake bite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pecialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve (suggests a level at triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save r&amp;ule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a complaint, e.g. chest pain since morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Quick walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers the patient and adds them to today&apos;s queue with the next token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fever for 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llergies *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: &quot;Are you allergic to any medicine?&quot; Not asking is not the same as none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to (list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. penicillin (rash); sulfa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardDesk</name>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;slips and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDFs &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPanel</name>
    <message>
        <source>Set-up wizard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;starter list (consultations, dressing, injection, ECG…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a CSV or Excel file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinicNumberingPage</name>
    <message>
        <source>Clinic numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-6 letters, e.g. ASH: patient numbers ASH-0000001-M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax invoices prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-6 letters or digits, e.g. INV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills of supply prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice-cum-bills of supply prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock a desk after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount limit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent of a line a cashier may discount without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days back, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far before today a cashier may date an invoice; each one is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days on the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor&apos;s unsaved consultation notes are kept on the desk&apos;s disk in case the connection is lost; a copy nobody comes back to is removed after this many days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
