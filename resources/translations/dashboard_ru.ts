<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — панель центра</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех ждут</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не явились</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● подключено</translation>
    </message>
    <message>
        <source>● engine unreachable — reconnecting</source>
        <translation>● сервер недоступен — переподключение</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Ожидают сейчас</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Обслужено сегодня</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Вызваны в срок</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>Оповещений нет: все принтеры, табло и очереди в порядке.</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>обслуживает</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>вызывает</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>свободно</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>table column</comment>
        <translation>Макс. ожид.</translation>
    </message>
    <message>
        <source>Next wait</source>
        <comment>table column</comment>
        <translation>Новый ждёт</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>table column</comment>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Обсл.</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>table column</comment>
        <translation>В срок</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardModel</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 не в сети</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Проверьте питание и сетевой кабель.</translation>
    </message>
    <message>
        <source>%1 is out of paper</source>
        <translation>В %1 закончилась бумага</translation>
    </message>
    <message>
        <source>%1 has its printer cover open</source>
        <translation>У %1 открыта крышка принтера</translation>
    </message>
    <message>
        <source>%1 cannot reach its printer</source>
        <translation>%1 не видит свой принтер</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: fix the printer now.</source>
        <translation>Талоны не выдаются: срочно исправьте принтер.</translation>
    </message>
    <message>
        <source>%1 is low on paper</source>
        <translation>В %1 заканчивается бумага</translation>
    </message>
    <message>
        <source>Bring a new roll before it runs out.</source>
        <translation>Принесите новый рулон, пока бумага не кончилась.</translation>
    </message>
    <message>
        <source>%1: longest wait %2 min, target %3 min</source>
        <translation>%1: дольше всех ждут %2 мин, норма %3 мин</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Откройте ещё одно окно для этой услуги или переведите оператора.</translation>
    </message>
    <message>
        <source>Counter %1 is idle while citizens wait</source>
        <translation>Окно %1 свободно, а граждане ждут</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Попросите оператора вызвать следующий талон.</translation>
    </message>
</context>
</TS>
