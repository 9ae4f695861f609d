<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::ActionsPanel</name>
    <message>
        <source>Please confirm</source>
        <translation>Zəhmət olmasa, təsdiqləyin</translation>
    </message>
    <message>
        <source>Services: new tickets</source>
        <translation>Xidmətlər: yeni biletlər</translation>
    </message>
    <message>
        <source>Ticker on the hall displays</source>
        <translation>Zal tablolarında qaçan sətir</translation>
    </message>
    <message>
        <source>No new tickets after</source>
        <translation>Yeni biletlərə son saat</translation>
    </message>
    <message>
        <source>Set cut-off</source>
        <translation>Son saatı qoy</translation>
    </message>
    <message>
        <source>Remove cut-off</source>
        <translation>Son saatı ləğv et</translation>
    </message>
    <message>
        <source>Cancel a waiting ticket…</source>
        <translation>Gözləyən bileti ləğv et…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>e.g. The notary service closes at 16:00 today</source>
        <translation>məs. Notariat bu gün saat 16:00-da bağlanır</translation>
    </message>
    <message>
        <source>Minutes (0 = all day)</source>
        <translation>Dəqiqə (0 = bütün gün)</translation>
    </message>
    <message>
        <source>Show on displays</source>
        <translation>Tablolarda göstər</translation>
    </message>
    <message>
        <source>Clear ticker</source>
        <translation>Sətri sil</translation>
    </message>
    <message>
        <source>No message on the displays now.</source>
        <translation>Hazırda tablolarda mesaj yoxdur.</translation>
    </message>
    <message>
        <source>Showing now (until %1): %2</source>
        <translation>İndi göstərilir (bitmə vaxtı %1): %2</translation>
    </message>
    <message>
        <source>Showing now (all day): %1</source>
        <translation>İndi göstərilir (bütün gün): %1</translation>
    </message>
    <message>
        <source>Reopen for new tickets</source>
        <translation>Yeni biletlər üçün yenidən aç</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Yeni biletlər üçün bağla</translation>
    </message>
    <message>
        <source>Reopen %1? The kiosks issue tickets for it again at once.</source>
        <translation>%1 yenidən açılsın? Kiosklar dərhal yenə bilet verəcək.</translation>
    </message>
    <message>
        <source>Close %1 for new tickets for the rest of today? The kiosks show it closed at once; people already waiting are still served.</source>
        <translation>%1 bu günün sonunadək yeni biletlər üçün bağlansın? Kiosklar onu dərhal bağlı göstərəcək; artıq gözləyənlərə xidmət davam edəcək.</translation>
    </message>
    <message>
        <source>Remove today&apos;s cut-off of %1?</source>
        <translation>%1 üçün bugünkü son saat ləğv edilsin?</translation>
    </message>
    <message>
        <source>No new tickets for %1 after %2 today?</source>
        <translation>Bu gün %1 üçün yeni biletlərə son saat %2 olsun?</translation>
    </message>
    <message>
        <source>Cancel ticket %1? The citizen loses the place in the queue.</source>
        <translation>%1 bileti ləğv edilsin? Vətəndaş növbədəki yerini itirəcək.</translation>
    </message>
    <message>
        <source>Clear the ticker on every hall display?</source>
        <translation>Bütün zal tablolarında qaçan sətir silinsin?</translation>
    </message>
    <message>
        <source>Show this message on every hall display?

%1</source>
        <translation>Bu mesaj bütün zal tablolarında göstərilsin?

%1</translation>
    </message>
</context>
<context>
    <name>novbe::AlertTexts</name>
    <message>
        <source>%1: a citizen has waited longer than the target of %2</source>
        <translation>%1: bir vətəndaş %2 hədəfindən çox gözləyir</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Bu xidmət üçün başqa masa açın və ya operatoru yerləşdirin.</translation>
    </message>
    <message>
        <source>%1: %2 people waiting (alert from %3)</source>
        <translation>%1: %2 nəfər gözləyir (hədd %3)</translation>
    </message>
    <message>
        <source>%1: the queue will not clear by closing time</source>
        <translation>%1: növbə bağlanış vaxtına qədər bitməyəcək</translation>
    </message>
    <message>
        <source>Stop issuing tickets for it at %1 or open another counter.</source>
        <translation>Bu xidmətə bilet verilməsini saat %1 dayandırın və ya başqa masa açın.</translation>
    </message>
    <message>
        <source>Counter %1 has been idle for over %2 while citizens wait</source>
        <translation>Vətəndaşlar gözlədiyi halda %1 saylı masa %2 müddətdən çox boşdur</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Operatordan növbəti bileti çağırmasını xahiş edin.</translation>
    </message>
    <message>
        <source>%1 is low on paper</source>
        <translation>%1 cihazında kağız azalıb</translation>
    </message>
    <message>
        <source>Bring a new roll before it runs out.</source>
        <translation>Kağız bitməmiş yeni rulon gətirin.</translation>
    </message>
    <message>
        <source>%1 is out of paper</source>
        <translation>%1 cihazında kağız bitib</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: load a new roll now.</source>
        <translation>Bilet vermir: dərhal yeni rulon taxın.</translation>
    </message>
    <message>
        <source>%1 has its printer cover open</source>
        <translation>%1 cihazında printerin qapağı açıqdır</translation>
    </message>
    <message>
        <source>%1 cannot reach its printer</source>
        <translation>%1 printerə qoşula bilmir</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: fix the printer now.</source>
        <translation>Bilet vermir: printeri dərhal düzəldin.</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 şəbəkədə deyil</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Cihazın elektrik və şəbəkə kabelini yoxlayın.</translation>
    </message>
    <message>
        <source>The check of the database found damage</source>
        <translation>Verilənlər bazasının yoxlanışı zədə tapdı</translation>
    </message>
    <message>
        <source>Back up the database and call the administrator.</source>
        <translation>Verilənlər bazasının ehtiyat nüsxəsini çıxarın və administratoru çağırın.</translation>
    </message>
</context>
<context>
    <name>novbe::ControlsTable</name>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <source>New tickets</source>
        <comment>table column</comment>
        <translation>Yeni biletlər</translation>
    </message>
    <message>
        <source>Cut-off
today</source>
        <comment>table column</comment>
        <translation>Bugünkü
son saat</translation>
    </message>
    <message>
        <source>Closed by the manager for today</source>
        <translation>Bu gün üçün rəhbər bağlayıb</translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation>Yeni bilet verilmir (son saat %1)</translation>
    </message>
    <message>
        <source>Closed (opening hours)</source>
        <translation>Bağlıdır (iş saatı)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıqdır</translation>
    </message>
</context>
<context>
    <name>novbe::CountersGrid</name>
    <message>
        <source>serving</source>
        <translation>xidmət edir</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>çağırır</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>fasilədə</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>boşdur</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>bağlıdır</translation>
    </message>
    <message>
        <source>idle while citizens wait</source>
        <translation>vətəndaşlar gözləyir, masa boşdur</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 san</translation>
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
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Charts</source>
        <translation>Qrafiklər</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — mərkəzin idarə paneli</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● qoşulub</translation>
    </message>
    <message>
        <source>● engine unreachable — reconnecting</source>
        <translation>● serverə çıxış yoxdur — yenidən qoşulur</translation>
    </message>
    <message>
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>Xəbərdarlıq yoxdur: bütün printerlər, tablolar və növbələr qaydasındadır.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Qəbul et</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (or the newest one): the sound stops</source>
        <translation>Seçilmiş xəbərdarlığı (və ya ən yenisini) qəbul edin: səs dayanır</translation>
    </message>
    <message>
        <source>✓ acknowledged by %1 at %2</source>
        <translation>✓ qəbul edib: %1, saat %2</translation>
    </message>
    <message>
        <source>● engine certificate refused — see the log</source>
        <translation>● server sertifikatı rədd edildi — jurnala baxın</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Əməliyyatlar</translation>
    </message>
</context>
<context>
    <name>novbe::DevicesTable</name>
    <message>
        <source>Device</source>
        <comment>table column</comment>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>table column</comment>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>table column</comment>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Printer</source>
        <comment>table column</comment>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Last report</source>
        <comment>table column</comment>
        <translation>Son hesabat</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>qaydasındadır</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>kağız azalıb</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>kağız bitib</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>qapaq açıqdır</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>əlçatmazdır</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>display</source>
        <translation>tablo</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>operator masası</translation>
    </message>
    <message>
        <source>online</source>
        <translation>qoşulub</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>qoşulmayıb</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 əvvəl)</translation>
    </message>
</context>
<context>
    <name>novbe::HqCentreTab</name>
    <message>
        <source>Centre:</source>
        <translation>Mərkəz:</translation>
    </message>
    <message>
        <source>%1: %2 waiting (about %3)</source>
        <translation>%1: %2 gözləyir (təxminən %3)</translation>
    </message>
    <message>
        <source>Waiting now: %1</source>
        <translation>İndi gözləyənlər: %1</translation>
    </message>
    <message>
        <source>Choose a centre (or double-click it on the first tab).</source>
        <translation>Mərkəzi seçin (və ya birinci vərəqdə üzərinə iki dəfə vurun).</translation>
    </message>
    <message>
        <source>Today so far: %1</source>
        <translation>Bu günə qədər: %1</translation>
    </message>
</context>
<context>
    <name>novbe::HqCentresTable</name>
    <message>
        <source>Centre</source>
        <translation>Mərkəz</translation>
    </message>
    <message>
        <source>Link to HQ</source>
        <translation>Mərkəzlə əlaqə</translation>
    </message>
    <message>
        <source>Newest
figure</source>
        <translation>Ən son
məlumat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <source>Longest wait /
target</source>
        <translation>Ən uzun gözləmə /
hədəf</translation>
    </message>
    <message>
        <source>Served
today</source>
        <translation>Bu gün
xidmət</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <translation>Vaxtında
çağırılıb</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <translation>Orta
qiymət</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>Quiet for %1</source>
        <translation>%1 səssiz</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>%1 əlaqə yoxdur</translation>
    </message>
    <message>
        <source>Never connected</source>
        <translation>Heç qoşulmayıb</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>səyyar</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 əvvəl</translation>
    </message>
</context>
<context>
    <name>novbe::HqFeed</name>
    <message>
        <source>HQ&apos;s database does not answer</source>
        <translation>Baş ofisin bazası cavab vermir</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTab</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Hesabat oxuna bilmədi: %1</translation>
    </message>
    <message>
        <source>Choose a range of at most %1 days, the first day first.</source>
        <translation>Ən çoxu %1 günlük aralıq seçin, əvvəlcə ilk günü.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Hesabat oxunur…</translation>
    </message>
    <message>
        <source>All centres, %1</source>
        <translation>Bütün mərkəzlər, %1</translation>
    </message>
    <message>
        <source>Növbə — national report</source>
        <translation>Növbə — ölkə üzrə hesabat</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTables</name>
    <message>
        <source>Centres</source>
        <translation>Mərkəzlər</translation>
    </message>
    <message>
        <source>Centre</source>
        <comment>report column</comment>
        <translation>Mərkəz</translation>
    </message>
</context>
<context>
    <name>novbe::HqWindow</name>
    <message>
        <source>Növbə — national view</source>
        <translation>Növbə — ölkə üzrə baxış</translation>
    </message>
    <message>
        <source>Növbə — all centres</source>
        <translation>Növbə — bütün mərkəzlər</translation>
    </message>
    <message>
        <source>HQ database: %1</source>
        <translation>Baş ofisin bazası: %1</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Bütün mərkəzlər</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mərkəz</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>Ölkə üzrə hesabat</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Son yenilənmə %1</translation>
    </message>
    <message>
        <source>● HQ connected</source>
        <translation>● Baş ofisə qoşulub</translation>
    </message>
    <message>
        <source>● No link to HQ</source>
        <translation>● Baş ofislə əlaqə yoxdur</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1
The figures shown are from %2 and are not updated.</source>
        <translation>Baş ofisin bazası oxunmur — %1
Göstərilən rəqəmlər %2 vaxtınadır və yenilənmir.</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1</source>
        <translation>Baş ofisin bazası oxunmur — %1</translation>
    </message>
</context>
<context>
    <name>novbe::KpiCardsView</name>
    <message>
        <source>nobody is waiting</source>
        <translation>gözləyən yoxdur</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · hədəf %2</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>İndi gözləyir</translation>
    </message>
    <message>
        <source>citizens in every queue</source>
        <translation>bütün növbələrdə</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ən uzun gözləmə</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Bu gün xidmət edilib</translation>
    </message>
    <message>
        <source>of %1 tickets issued</source>
        <translation>verilmiş %1 biletdən</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Vaxtında çağırılıb</translation>
    </message>
    <message>
        <source>target at least %1</source>
        <translation>hədəf: ən azı %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gəlməyib</translation>
    </message>
    <message>
        <source>target at most %1</source>
        <translation>hədəf: ən çoxu %1</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Orta qiymət</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) · target %1</source>
        <translation>
            <numerusform>%n qiymət · hədəf %1</numerusform>
            <numerusform>%n qiymət · hədəf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a week ago: %1</source>
        <translation>bir həftə əvvəl: %1</translation>
    </message>
</context>
<context>
    <name>novbe::ManagerActions</name>
    <message>
        <source>Refused: this device is not registered as a manager&apos;s device.</source>
        <translation>İmtina: bu qurğu rəhbər qurğusu kimi qeydiyyatda deyil.</translation>
    </message>
    <message>
        <source>Refused: the centre has no such service (was the config reloaded?).</source>
        <translation>İmtina: mərkəzdə belə xidmət yoxdur (konfiqurasiya yenilənib?).</translation>
    </message>
    <message>
        <source>Refused: that ticket is not known to the engine.</source>
        <translation>İmtina: sistem bu bileti tanımır.</translation>
    </message>
    <message>
        <source>Refused: the ticket is no longer waiting (called, served or cancelled meanwhile).</source>
        <translation>İmtina: bilet artıq gözləmədə deyil (bu arada çağırılıb, xidmət olunub və ya ləğv edilib).</translation>
    </message>
    <message>
        <source>Refused: the value is not valid (%1).</source>
        <translation>İmtina: dəyər düzgün deyil (%1).</translation>
    </message>
    <message>
        <source>Not saved: the engine cannot write to its database. Try again.</source>
        <translation>Yadda saxlanmadı: sistem verilənlər bazasına yaza bilmir. Yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Not sent: the engine is unreachable. Try again when it is connected.</source>
        <translation>Göndərilmədi: sistemlə əlaqə yoxdur. Əlaqə bərpa olunanda yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Refused by the engine: %1</source>
        <translation>Sistem imtina etdi: %1</translation>
    </message>
    <message>
        <source>Reopened: the kiosks issue tickets for it again.</source>
        <translation>Yenidən açıldı: kiosklar yenə bilet verir.</translation>
    </message>
    <message>
        <source>Closed: the kiosks show it closed and issue no new tickets today.</source>
        <translation>Bağlandı: kiosklar onu bağlı göstərir və bu gün yeni bilet vermir.</translation>
    </message>
    <message>
        <source>Cut-off set: no new tickets after %1 today.</source>
        <translation>Son saat qoyuldu (%1): bundan sonra bu gün yeni bilet verilməyəcək.</translation>
    </message>
    <message>
        <source>Cut-off removed.</source>
        <translation>Son saat ləğv edildi.</translation>
    </message>
    <message>
        <source>The ticker is cleared on every display.</source>
        <translation>Qaçan sətir bütün tablolardan silindi.</translation>
    </message>
    <message>
        <source>The message shows on every hall display now.</source>
        <translation>Mesaj indi bütün zal tablolarında görünür.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled.</source>
        <translation>%1 bileti ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>novbe::OperatorsTable</name>
    <message>
        <source>Operator</source>
        <comment>table column</comment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>table column</comment>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Xidmət edilib</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Orta
xidmət</translation>
    </message>
    <message>
        <source>Service
norm</source>
        <comment>table column</comment>
        <translation>Xidmət
norması</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>table column</comment>
        <translation>Gəlməyənlər</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>table column</comment>
        <translation>Qiymət</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>table column</comment>
        <translation>Fasilədə</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>table column</comment>
        <translation>Fasilələr (səbəbə görə)</translation>
    </message>
</context>
<context>
    <name>novbe::ReportCharts</name>
    <message>
        <source>Arrivals</source>
        <translation>Gələnlər</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Xidmət edilənlər</translation>
    </message>
    <message>
        <source>Arrivals a week ago</source>
        <translation>Bir həftə əvvəl gələnlər</translation>
    </message>
    <message>
        <source>Served a week ago</source>
        <translation>Bir həftə əvvəl xidmət edilənlər</translation>
    </message>
    <message>
        <source>Arrivals and served per 15 minutes</source>
        <translation>Hər 15 dəqiqədə gələnlər və xidmət edilənlər</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gözləyənlər</translation>
    </message>
    <message>
        <source>Waiting a week ago</source>
        <translation>Bir həftə əvvəl gözləyənlər</translation>
    </message>
    <message>
        <source>Citizens waiting over the day</source>
        <translation>Gün ərzində gözləyən vətəndaşlar</translation>
    </message>
    <message>
        <source>Waits against the service&apos;s target (100 % = the target)</source>
        <translation>Gözləmə xidmətin hədəfinə görə (100 % = hədəf)</translation>
    </message>
    <message>
        <source>share of the called tickets</source>
        <translation>çağırılan biletlərin payı</translation>
    </message>
</context>
<context>
    <name>novbe::ReportTables</name>
    <message>
        <source> (s)</source>
        <translation> (san.)</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>report column</comment>
        <translation>Verilib</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>report column</comment>
        <translation>Xidmət edilib</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>report column</comment>
        <translation>Gəlməyənlər</translation>
    </message>
    <message>
        <source>No-show
%</source>
        <comment>report column</comment>
        <translation>Gəlməyən
%</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>report column</comment>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>report column</comment>
        <translation>Orta
gözləmə</translation>
    </message>
    <message>
        <source>90 % waited
at most</source>
        <comment>report column</comment>
        <translation>90 %-in ən çox
gözləməsi</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <comment>report column</comment>
        <translation>Ən uzun
gözləmə</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>report column</comment>
        <translation>Orta
xidmət</translation>
    </message>
    <message>
        <source>Called within
target %</source>
        <comment>report column</comment>
        <translation>Hədəf daxilində
çağırılıb %</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <comment>report column</comment>
        <translation>Orta
qiymət</translation>
    </message>
    <message>
        <source>Ratings</source>
        <comment>report column</comment>
        <translation>Qiymətlər</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>report column</comment>
        <translation>Fasilədə</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>report column</comment>
        <translation>Səbəbə görə fasilələr</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Xidmətlər</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>report column</comment>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Masalar</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>report column</comment>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatorlar</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>report column</comment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>report column</comment>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Hours of the day</source>
        <translation>Günün saatları</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>report column</comment>
        <translation>Saat</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Bütün xidmətlər</translation>
    </message>
    <message>
        <source>All services: %1 issued, %2 served, average wait %3, %4 called within target</source>
        <translation>Bütün xidmətlər: %1 bilet verilib, %2 xidmət edilib, orta gözləmə %3, hədəf daxilində çağırılan %4</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>gün: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>report column</comment>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>report column</comment>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Hesabatı göstər</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV-yə ixrac…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ə ixrac…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Hesabat: %1</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>Qrafiklər: %1</translation>
    </message>
</context>
<context>
    <name>novbe::ServicesTable</name>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Gözləyir</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <comment>table column</comment>
        <translation>Ən uzun
gözləmə</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>table column</comment>
        <translation>Orta
gözləmə</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Orta
xidmət</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <comment>table column</comment>
        <translation>Vaxtında
çağırılıb</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>Gəlməyib</translation>
    </message>
    <message>
        <source>Issued /
served</source>
        <comment>table column</comment>
        <translation>Verilib /
xidmət</translation>
    </message>
    <message>
        <source>Open
counters</source>
        <comment>table column</comment>
        <translation>Açıq
masalar</translation>
    </message>
    <message>
        <source>Queue
clears</source>
        <comment>table column</comment>
        <translation>Növbə
bitəcək</translation>
    </message>
    <message>
        <source>Stop issuing
at</source>
        <comment>table column</comment>
        <translation>Bilet verməyi
dayandırın</translation>
    </message>
    <message>
        <source>not at this pace</source>
        <translation>bu sürətlə yox</translation>
    </message>
</context>
<context>
    <name>novbe::TicketPickDialog</name>
    <message>
        <source>Cancel a waiting ticket</source>
        <translation>Gözləyən bileti ləğv etmək</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>%1 üçün heç kim gözləmir.</translation>
    </message>
    <message>
        <source>Waiting for %1, in call order:</source>
        <translation>%1 üçün gözləyənlər, çağırış sırası ilə:</translation>
    </message>
    <message>
        <source>%1 · waiting %2 · %3</source>
        <translation>%1 · gözləyir %2 · %3</translation>
    </message>
    <message>
        <source>Cancel this ticket…</source>
        <translation>Bu bileti ləğv et…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
</TS>
