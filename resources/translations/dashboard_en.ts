<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — centre dashboard</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● connected</translation>
    </message>
    <message>
        <source>● engine unreachable — reconnecting</source>
        <translation>● engine unreachable — reconnecting</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>No alerts: every printer, display and queue is fine.</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>calling</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>table column</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>table column</comment>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>table column</comment>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Next wait</source>
        <comment>table column</comment>
        <translation>Next wait</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>table column</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>No-show</translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>table column</comment>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardModel</name>
    <message>
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Check its power and network cable.</translation>
    </message>
    <message>
        <source>%1 is out of paper</source>
        <translation>%1 is out of paper</translation>
    </message>
    <message>
        <source>%1 has its printer cover open</source>
        <translation>%1 has its printer cover open</translation>
    </message>
    <message>
        <source>%1 cannot reach its printer</source>
        <translation>%1 cannot reach its printer</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: fix the printer now.</source>
        <translation>It has stopped issuing tickets: fix the printer now.</translation>
    </message>
    <message>
        <source>%1 is low on paper</source>
        <translation>%1 is low on paper</translation>
    </message>
    <message>
        <source>Bring a new roll before it runs out.</source>
        <translation>Bring a new roll before it runs out.</translation>
    </message>
    <message>
        <source>%1: longest wait %2 min, target %3 min</source>
        <translation>%1: longest wait %2 min, target %3 min</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Open another counter for this service or move an operator.</translation>
    </message>
    <message>
        <source>Counter %1 is idle while citizens wait</source>
        <translation>Counter %1 is idle while citizens wait</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Ask the operator to call the next ticket.</translation>
    </message>
</context>
</TS>
