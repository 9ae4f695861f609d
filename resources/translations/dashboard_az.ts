<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — mərkəzin idarə paneli</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 san</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dəq</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ən uzun gözləmə</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gəlməyib</translation>
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
        <source>Waiting now</source>
        <translation>İndi gözləyir</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Bu gün xidmət</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Vaxtında çağırılıb</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Orta qiymət</translation>
    </message>
    <message>
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>Xəbərdarlıq yoxdur: bütün printerlər, tablolar və növbələr qaydasındadır.</translation>
    </message>
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
        <translation>fasilə</translation>
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
        <source>Longest wait</source>
        <comment>table column</comment>
        <translation>Ən uzun</translation>
    </message>
    <message>
        <source>Next wait</source>
        <comment>table column</comment>
        <translation>Növbəti</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>table column</comment>
        <translation>Verilib</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Bitib</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>Gəlməyib</translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>table column</comment>
        <translation>Vaxtında</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardModel</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 şəbəkədə deyil</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Cihazın elektrik və şəbəkə kabelini yoxlayın.</translation>
    </message>
    <message>
        <source>%1 is out of paper</source>
        <translation>%1 cihazında kağız bitib</translation>
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
        <source>%1 is low on paper</source>
        <translation>%1 cihazında kağız azalıb</translation>
    </message>
    <message>
        <source>Bring a new roll before it runs out.</source>
        <translation>Kağız bitməmiş yeni rulon gətirin.</translation>
    </message>
    <message>
        <source>%1: longest wait %2 min, target %3 min</source>
        <translation>%1: ən uzun gözləmə %2 dəq, hədəf %3 dəq</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Bu xidmət üçün başqa masa açın və ya operatoru yerləşdirin.</translation>
    </message>
    <message>
        <source>Counter %1 is idle while citizens wait</source>
        <translation>Vətəndaşlar gözlədiyi halda %1 saylı masa boşdur</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Operatordan növbəti bileti çağırmasını xahiş edin.</translation>
    </message>
</context>
</TS>
