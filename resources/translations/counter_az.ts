<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>DeskText</name>
    <message>
        <source>Call next</source>
        <translation>Növbətini çağır</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Təkrar çağır</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Qəbula başla</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gəlmədi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Yönləndir</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Gözlət</translation>
    </message>
    <message>
        <source>Call this ticket</source>
        <translation>Bu bileti çağır</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Fasilə</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Masanı bağla</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>No recalls left for %1. Mark it as No-show (F5) or Park it (F7).</source>
        <translation>%1 üçün təkrar çağırış qalmayıb. “Gəlmədi” (F5) qeyd edin və ya gözlədin (F7).</translation>
    </message>
    <message>
        <source>%1 is not possible while the counter is paused. Resume first (F8).</source>
        <translation>Masa fasilədə olduğu üçün “%1” mümkün deyil. Əvvəlcə davam edin (F8).</translation>
    </message>
    <message>
        <source>%1 is not possible while %2 is at your counter. Finish, transfer or park it first.</source>
        <translation>Masanızda %2 olduğu üçün “%1” mümkün deyil. Əvvəlcə onu bitirin, yönləndirin və ya gözlədin.</translation>
    </message>
    <message>
        <source>%1 needs a called ticket. Call the next citizen first (F1).</source>
        <translation>“%1” üçün çağırılmış bilet lazımdır. Əvvəlcə növbətini çağırın (F1).</translation>
    </message>
    <message>
        <source>%1 has not started yet. Press Start (F3) when the citizen arrives.</source>
        <translation>%1 hələ qəbula başlamayıb. Vətəndaş gələndə “Qəbula başla” (F3) düyməsini basın.</translation>
    </message>
    <message>
        <source>%1 is not possible right now.</source>
        <translation>“%1” hazırda mümkün deyil.</translation>
    </message>
    <message>
        <source>First in line</source>
        <translation>Növbənin əvvəlinə</translation>
    </message>
    <message>
        <source>Last in line</source>
        <translation>Növbənin sonuna</translation>
    </message>
    <message>
        <source>By original ticket time</source>
        <translation>İlkin bilet vaxtına görə</translation>
    </message>
    <message>
        <source>Called before everyone waiting there</source>
        <translation>Orada gözləyənlərin hamısından əvvəl çağırılır</translation>
    </message>
    <message>
        <source>Waits as if the ticket were taken now</source>
        <translation>Bilet indi alınmış kimi gözləyir</translation>
    </message>
    <message>
        <source>Keeps the time the ticket was first taken</source>
        <translation>Biletin ilk alındığı vaxt saxlanılır</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Boş</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Çağırılır</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Qəbulda</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Fasilədə</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dəq</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 saat %2 dəq</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>applicationAccepted</source>
        <translation>Müraciət qəbul edildi</translation>
    </message>
    <message>
        <source>documentIssued</source>
        <translation>Sənəd verildi</translation>
    </message>
    <message>
        <source>documentsIncomplete</source>
        <translation>Sənədlər natamamdır</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Məsləhət verildi</translation>
    </message>
    <message>
        <source>certificateIssued</source>
        <translation>Arayış verildi</translation>
    </message>
    <message>
        <source>requestAccepted</source>
        <translation>Sorğu qəbul edildi</translation>
    </message>
    <message>
        <source>examBooked</source>
        <translation>İmtahana yazıldı</translation>
    </message>
    <message>
        <source>documentCertified</source>
        <translation>Sənəd təsdiqləndi</translation>
    </message>
    <message>
        <source>powerOfAttorney</source>
        <translation>Etibarnamə</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
        <message>
            <source>This desk does not trust the queue server's certificate, so it does not connect. Call the administrator (the details are in this PC's log).</source>
            <translation>Bu masa növbə serverinin sertifikatına etibar etmir, ona görə qoşulmur. Administratoru çağırın (təfərrüatlar bu kompüterin jurnalındadır).</translation>
        </message>
    <message>
        <source>The queue server did not answer in time. Look at the ticket card: it shows what really happened once the answer arrives.</source>
        <translation>Növbə serveri vaxtında cavab vermədi. Bilet kartına baxın: cavab gələndə əslində nə baş verdiyini göstərəcək.</translation>
    </message>
    <message>
        <source>The connection dropped before the queue server answered. The screen shows the real state again once it reconnects.</source>
        <translation>Növbə serveri cavab verməmiş əlaqə kəsildi. Əlaqə bərpa olunanda ekran real vəziyyəti yenidən göstərəcək.</translation>
    </message>
    <message>
        <source>Not connected to the queue server, so nothing was sent. Try again when the status bar says Connected.</source>
        <translation>Növbə serveri ilə əlaqə yoxdur, heç nə göndərilmədi. Aşağıdakı zolaqda “Qoşulub” yazılanda yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait %1, then try again.</source>
        <translation>Cəhdlər çox oldu. %1 gözləyin, sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The queue server cannot save right now, so nothing was changed. Try again in a minute; if it repeats, call the manager.</source>
        <translation>Növbə serveri hazırda məlumatı yaza bilmir, heç nə dəyişmədi. Bir dəqiqədən sonra cəhd edin; təkrarlansa, rəhbərə müraciət edin.</translation>
    </message>
    <message>
        <source>This computer is not registered as a counter desk. Ask the administrator to check its device settings.</source>
        <translation>Bu kompüter xidmət masası kimi qeydiyyatda deyil. Administratordan cihaz ayarlarını yoxlamağı xahiş edin.</translation>
    </message>
    <message>
        <source>You are no longer logged in. Log in again.</source>
        <translation>Sistemdən çıxmısınız. Yenidən daxil olun.</translation>
    </message>
    <message>
        <source>Your counter is no longer open. Log in again to open it.</source>
        <translation>Masanız artıq açıq deyil. Açmaq üçün yenidən daxil olun.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniyə</numerusform>
            <numerusform>%n saniyə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dəqiqə</numerusform>
            <numerusform>%n dəqiqə</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation>PIN çox dəfə səhv yığıldı: giriş bağlanıb. %1 sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Wrong operator ID or PIN. Check both and try again.</source>
        <translation>Operator ID və ya PIN səhvdir. Hər ikisini yoxlayıb yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>This counter is not known to the queue server. Choose another counter.</source>
        <translation>Növbə serveri bu masanı tanımır. Başqa masa seçin.</translation>
    </message>
    <message>
        <source>This counter is already open at another desk. Choose another counter, or ask the manager to close it.</source>
        <translation>Bu masa artıq başqa kompüterdə açıqdır. Başqa masa seçin və ya rəhbərdən onu bağlamağı xahiş edin.</translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN.</source>
        <translation>Operator ID və PIN-i daxil edin.</translation>
    </message>
    <message>
        <source>Logging in did not work (%1). Try again; if it repeats, call the manager.</source>
        <translation>Giriş alınmadı (%1). Yenidən cəhd edin; təkrarlansa, rəhbərə müraciət edin.</translation>
    </message>
    <message>
        <source>That is not possible right now; the screen now shows the current state.</source>
        <translation>Bu, hazırda mümkün deyil; ekran indi cari vəziyyəti göstərir.</translation>
    </message>
    <message>
        <source>That is not possible for %1 right now; the screen now shows its current state.</source>
        <translation>Bu, %1 üçün hazırda mümkün deyil; ekran indi onun cari vəziyyətini göstərir.</translation>
    </message>
    <message>
        <source>That ticket is no longer in the queue.</source>
        <translation>Bu bilet artıq növbədə deyil.</translation>
    </message>
    <message>
        <source>That service does not exist any more. Choose another one.</source>
        <translation>Bu xidmət artıq mövcud deyil. Başqasını seçin.</translation>
    </message>
    <message>
        <source>That service is closed now. Choose another one.</source>
        <translation>Bu xidmət hazırda bağlıdır. Başqasını seçin.</translation>
    </message>
    <message>
        <source>The queue server refused this (%1). Try again; if it repeats, call the manager.</source>
        <translation>Növbə serveri bunu rədd etdi (%1). Yenidən cəhd edin; təkrarlansa, rəhbərə müraciət edin.</translation>
    </message>
</context>
<context>
    <name>novbe::ActionBar</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n qalıb</numerusform>
            <numerusform>%n qalıb</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation>qalmayıb</translation>
    </message>
</context>
<context>
    <name>novbe::ChoicePanel</name>
    <message>
        <source>Choose (Enter)</source>
        <translation>Seç (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Geri (Esc)</translation>
    </message>
</context>
<context>
    <name>novbe::CounterWindow</name>
    <message>
        <source>Nobody logged in</source>
        <translation>Heç kim daxil olmayıb</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>No counter open</source>
        <translation>Açıq masa yoxdur</translation>
    </message>
    <message>
        <source>Counter %1 · %2</source>
        <translation>Masa %1 · %2</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Qoşulub</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Qoşulur…</translation>
    </message>
    <message>
        <source>● Not connected — reconnecting by itself</source>
        <translation>● Əlaqə yoxdur — avtomatik bərpa olunur</translation>
    </message>
</context>
<context>
    <name>novbe::DeskSession</name>
    <message>
        <source>Connection to the queue server lost. Reconnecting by itself; your ticket stays with your counter. Actions are not sent until it is back.</source>
        <translation>Növbə serveri ilə əlaqə kəsildi. Avtomatik bərpa olunur; biletiniz masanızda qalır. Əlaqə bərpa olunana qədər əməliyyatlar göndərilmir.</translation>
    </message>
    <message>
        <source>Connected again. Your counter and its ticket are back as they were.</source>
        <translation>Əlaqə bərpa olundu. Masanız və biletiniz əvvəlki vəziyyətindədir.</translation>
    </message>
    <message>
        <source>Your counter was closed from another place (for example you logged in at another desk). Log in again to continue here.</source>
        <translation>Masanız başqa yerdən bağlandı (məsələn, başqa kompüterdə daxil oldunuz). Burada davam etmək üçün yenidən daxil olun.</translation>
    </message>
    <message>
        <source>Not connected to the queue server: %1 was NOT sent. Wait until the status bar says Connected, then press it again.</source>
        <translation>Növbə serveri ilə əlaqə yoxdur: “%1” GÖNDƏRİLMƏDİ. Aşağıda “Qoşulub” yazılana qədər gözləyin, sonra yenidən basın.</translation>
    </message>
    <message>
        <source>Still waiting for the answer to your last action; %1 was not sent.</source>
        <translation>Əvvəlki əməliyyatın cavabı hələ gözlənilir; “%1” göndərilmədi.</translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation>Hazırda xidmətləriniz üzrə gözləyən yoxdur.</translation>
    </message>
    <message>
        <source>Calling %1. Press Start (F3) when the citizen arrives.</source>
        <translation>%1 çağırılır. Vətəndaş gələndə “Qəbula başla” (F3) düyməsini basın.</translation>
    </message>
    <message numerus="yes">
        <source>%1 called again (%n recall(s) left).</source>
        <translation>
            <numerusform>%1 təkrar çağırıldı (%n təkrar çağırış qalıb).</numerusform>
            <numerusform>%1 təkrar çağırıldı (%n təkrar çağırış qalıb).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>%1 qəbuldadır.</translation>
    </message>
    <message>
        <source>%1 finished. Press Call next (F1) for the next citizen.</source>
        <translation>%1 bitdi. Növbəti vətəndaş üçün “Növbətini çağır” (F1) basın.</translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation>%1 “gəlmədi” kimi qeyd edildi.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 “%2” xidmətinə yönləndirildi.</translation>
    </message>
    <message>
        <source>%1 parked. Call it back from the Parked list when the citizen returns.</source>
        <translation>%1 gözlədildi. Vətəndaş qayıdanda onu “Gözlədilənlər” siyahısından çağırın.</translation>
    </message>
    <message>
        <source>Counter paused: %1. Press Resume (F8) to continue.</source>
        <translation>Masa fasilədədir: %1. Davam etmək üçün F8 basın.</translation>
    </message>
    <message>
        <source>Counter open again.</source>
        <translation>Masa yenidən açıqdır.</translation>
    </message>
    <message>
        <source>Counter closed.</source>
        <translation>Masa bağlandı.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Sistemdən çıxdınız.</translation>
    </message>
</context>
<context>
    <name>novbe::DeskView</name>
    <message>
        <source>Finish without an outcome</source>
        <translation>Nəticəsiz bitir</translation>
    </message>
    <message>
        <source>Finish %1: what was the outcome?</source>
        <translation>%1 bitir: nəticə nədir?</translation>
    </message>
    <message>
        <source>Pause the counter: why?</source>
        <translation>Masanı fasiləyə almaq: səbəb?</translation>
    </message>
    <message>
        <source>F10  Close counter</source>
        <translation>F10  Masanı bağla</translation>
    </message>
    <message>
        <source>F12  Log out</source>
        <translation>F12  Çıxış</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Fasilədə</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Qəbul gedir</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Çağırılır</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Boşdur</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n gözləyir</numerusform>
            <numerusform>%n gözləyir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::LoginView</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation>Masa %1 — %2</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>İndi yenidən cəhd edə bilərsiniz.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation>PIN çox dəfə səhv yığıldı: giriş bağlanıb. %1 sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Connecting to the queue server…</source>
        <translation>Növbə serverinə qoşulur…</translation>
    </message>
    <message>
        <source>Open a counter</source>
        <translation>Masanı açın</translation>
    </message>
    <message>
        <source>Log in to your counter</source>
        <translation>Masanıza daxil olun</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Daxil olub: %1.</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>Operator ID</translation>
    </message>
    <message>
        <source>for example op07</source>
        <translation>məsələn op07</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Masanı aç</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Çıxış</translation>
    </message>
</context>
<context>
    <name>novbe::QueuePanel</name>
    <message>
        <source>Past the target wait</source>
        <translation>Hədəf gözləmə vaxtı keçib</translation>
    </message>
    <message>
        <source>Past half the target wait</source>
        <translation>Hədəf vaxtın yarısı keçib</translation>
    </message>
    <message>
        <source>There is no waiting or parked ticket to call.</source>
        <translation>Çağırmaq üçün gözləyən və ya gözlədilən bilet yoxdur.</translation>
    </message>
    <message>
        <source>Choose a ticket with the arrow keys, then press F9 or Enter to call it.</source>
        <translation>Oxlarla bilet seçin, sonra çağırmaq üçün F9 və ya Enter basın.</translation>
    </message>
    <message>
        <source>Your services</source>
        <translation>Xidmətləriniz</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Ən uzun</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Gözləyənlər (%1)</translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation>Gözlədilənlər (%1)</translation>
    </message>
    <message>
        <source>F9  Call this ticket</source>
        <translation>F9  Bu bileti çağır</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gözləyib</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Kat.</translation>
    </message>
</context>
<context>
    <name>novbe::RatingPad</name>
    <message>
        <source>Very bad</source>
        <translation>Çox pis</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Pis</translation>
    </message>
    <message>
        <source>All right</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Yaxşı</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Əla</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Masa %1</translation>
    </message>
    <message>
        <source>After your visit you can rate our service here.</source>
        <translation>Xidmətdən sonra onu burada qiymətləndirə bilərsiniz.</translation>
    </message>
    <message>
        <source>How was our service today?</source>
        <translation>Xidmətimizi necə qiymətləndirirsiniz?</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Təşəkkür edirik!</translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation>Qiymətiniz xidmətimizi yaxşılaşdırmağa kömək edir.</translation>
    </message>
    <message>
        <source>Sorry, your rating could not be saved.</source>
        <translation>Təəssüf ki, qiymətiniz saxlanılmadı.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Gəldiyiniz üçün təşəkkür edirik.</translation>
    </message>
    <message>
        <source>● offline</source>
        <translation>● əlaqə yoxdur</translation>
    </message>
    <message>
        <source>Ticket %1 · choose your rating below</source>
        <translation>Bilet %1 · aşağıda qiymətinizi seçin</translation>
    </message>
    <message>
        <source>Your rating: %1</source>
        <translation>Qiymətiniz: %1</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n s</source>
        <translation>
            <numerusform>Ekran %n san sonra bağlanır</numerusform>
            <numerusform>Ekran %n san sonra bağlanır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::TicketCard</name>
    <message>
        <source>SERVING</source>
        <translation>QƏBULDA</translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation>ÇAĞIRILIR</translation>
    </message>
    <message>
        <source>Check the document for this category before serving.</source>
        <translation>Qəbuldan əvvəl bu kateqoriyanın sənədini yoxlayın.</translation>
    </message>
    <message>
        <source>Note from the previous counter: %1</source>
        <translation>Əvvəlki masanın qeydi: %1</translation>
    </message>
    <message>
        <source>Serving for %1</source>
        <translation>Qəbulda: %1</translation>
    </message>
    <message>
        <source>Called %1 ago</source>
        <translation>Çağırılıb: %1 əvvəl</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Onlayn növbə</translation>
    </message>
    <message>
        <source>Recalls used: %1 of %2</source>
        <translation>Təkrar çağırış: %1 / %2</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Gözləyib: %1</translation>
    </message>
    <message>
        <source>Transferred from %1</source>
        <translation>Yönləndirilib: %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>FASİLƏ</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Fasilə: %1</translation>
    </message>
    <message>
        <source>Citizens are not sent to you. Press Resume (F8) to take them again.</source>
        <translation>Vətəndaşlar sizə göndərilmir. Yenidən qəbul üçün “Davam et” (F8) basın.</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>Fasilədə: %1</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>BAĞLI</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>Masa bağlıdır.</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>BOŞ</translation>
    </message>
    <message>
        <source>No citizen at your counter.</source>
        <translation>Masanızda vətəndaş yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) waiting for your services. Press Call next (F1).</source>
        <translation>
            <numerusform>Xidmətləriniz üzrə %n vətəndaş gözləyir. “Növbətini çağır” (F1) basın.</numerusform>
            <numerusform>Xidmətləriniz üzrə %n vətəndaş gözləyir. “Növbətini çağır” (F1) basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation>Hazırda xidmətləriniz üzrə gözləyən yoxdur.</translation>
    </message>
</context>
<context>
    <name>novbe::TransferPanel</name>
    <message>
        <source>(same service)</source>
        <translation>(eyni xidmət)</translation>
    </message>
    <message>
        <source>Transfer %1 to another service</source>
        <translation>%1 biletini başqa xidmətə yönləndir</translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation>Xidməti tapmaq üçün yazın</translation>
    </message>
    <message>
        <source>Place in that queue</source>
        <translation>Həmin növbədə yeri</translation>
    </message>
    <message>
        <source>Note for the next counter (optional)</source>
        <translation>Növbəti masa üçün qeyd (istəyə görə)</translation>
    </message>
    <message>
        <source>Transfer (Enter)</source>
        <translation>Yönləndir (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Geri (Esc)</translation>
    </message>
</context>
</TS>
