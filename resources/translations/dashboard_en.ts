<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::AlertTexts</name>
    <message>
        <source>%1: a citizen has waited longer than the target of %2</source>
        <translation>%1: a citizen has waited longer than the target of %2</translation>
    </message>
    <message>
        <source>Open another counter for this service or move an operator.</source>
        <translation>Open another counter for this service or move an operator.</translation>
    </message>
    <message>
        <source>%1: %2 people waiting (alert from %3)</source>
        <translation>%1: %2 people waiting (alert from %3)</translation>
    </message>
    <message>
        <source>%1: the queue will not clear by closing time</source>
        <translation>%1: the queue will not clear by closing time</translation>
    </message>
    <message>
        <source>Stop issuing tickets for it at %1 or open another counter.</source>
        <translation>Stop issuing tickets for it at %1 or open another counter.</translation>
    </message>
    <message>
        <source>Counter %1 has been idle for over %2 while citizens wait</source>
        <translation>Counter %1 has been idle for over %2 while citizens wait</translation>
    </message>
    <message>
        <source>Ask the operator to call the next ticket.</source>
        <translation>Ask the operator to call the next ticket.</translation>
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
        <source>%1 is out of paper</source>
        <translation>%1 is out of paper</translation>
    </message>
    <message>
        <source>It has stopped issuing tickets: load a new roll now.</source>
        <translation>It has stopped issuing tickets: load a new roll now.</translation>
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
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <source>Check its power and network cable.</source>
        <translation>Check its power and network cable.</translation>
    </message>
    <message>
        <source>The check of the database found damage</source>
        <translation>The check of the database found damage</translation>
    </message>
    <message>
        <source>Back up the database and call the administrator.</source>
        <translation>Back up the database and call the administrator.</translation>
    </message>
</context>
<context>
    <name>novbe::CountersGrid</name>
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
        <source>idle while citizens wait</source>
        <translation>idle while citizens wait</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>novbe::DashboardWindow</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Növbə — centre dashboard</source>
        <translation>Növbə — centre dashboard</translation>
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
        <source>No alerts: every printer, display and queue is fine.</source>
        <translation>No alerts: every printer, display and queue is fine.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (or the newest one): the sound stops</source>
        <translation>Acknowledge the selected alert (or the newest one): the sound stops</translation>
    </message>
    <message>
        <source>✓ acknowledged by %1 at %2</source>
        <translation>✓ acknowledged by %1 at %2</translation>
    </message>
</context>
<context>
    <name>novbe::DevicesTable</name>
    <message>
        <source>Device</source>
        <comment>table column</comment>
        <translation>Device</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>table column</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>table column</comment>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Printer</source>
        <comment>table column</comment>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Last report</source>
        <comment>table column</comment>
        <translation>Last report</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>paper low</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
</context>
<context>
    <name>novbe::KpiCardsView</name>
    <message>
        <source>nobody is waiting</source>
        <translation>nobody is waiting</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · target %2</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>citizens in every queue</source>
        <translation>citizens in every queue</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>of %1 tickets issued</source>
        <translation>of %1 tickets issued</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <source>target at least %1</source>
        <translation>target at least %1</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>target at most %1</source>
        <translation>target at most %1</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) · target %1</source>
        <translation>
            <numerusform>%n rating · target %1</numerusform>
            <numerusform>%n ratings · target %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a week ago: %1</source>
        <translation>a week ago: %1</translation>
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
        <translation>Counter</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>table column</comment>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Average
service</translation>
    </message>
    <message>
        <source>Service
norm</source>
        <comment>table column</comment>
        <translation>Service
norm</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>table column</comment>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>table column</comment>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>table column</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>table column</comment>
        <translation>Pauses by reason</translation>
    </message>
</context>
<context>
    <name>novbe::ServicesTable</name>
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
        <source>Longest
wait</source>
        <comment>table column</comment>
        <translation>Longest
wait</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>table column</comment>
        <translation>Average
wait</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>table column</comment>
        <translation>Average
service</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <comment>table column</comment>
        <translation>Called within
target</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>table column</comment>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Issued /
served</source>
        <comment>table column</comment>
        <translation>Issued /
served</translation>
    </message>
    <message>
        <source>Open
counters</source>
        <comment>table column</comment>
        <translation>Open
counters</translation>
    </message>
    <message>
        <source>Queue
clears</source>
        <comment>table column</comment>
        <translation>Queue
clears</translation>
    </message>
    <message>
        <source>Stop issuing
at</source>
        <comment>table column</comment>
        <translation>Stop issuing
at</translation>
    </message>
    <message>
        <source>not at this pace</source>
        <translation>not at this pace</translation>
    </message>
</context>
<context>
    <name>novbe::ReportTables</name>
    <message>
        <source> (s)</source>
        <translation> (s)</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>report column</comment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <comment>report column</comment>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <comment>report column</comment>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>No-show
%</source>
        <comment>report column</comment>
        <translation>No-show
%</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>report column</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <comment>report column</comment>
        <translation>Average
wait</translation>
    </message>
    <message>
        <source>90 % waited
at most</source>
        <comment>report column</comment>
        <translation>90 % waited
at most</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <comment>report column</comment>
        <translation>Longest
wait</translation>
    </message>
    <message>
        <source>Average
service</source>
        <comment>report column</comment>
        <translation>Average
service</translation>
    </message>
    <message>
        <source>Called within
target %</source>
        <comment>report column</comment>
        <translation>Called within
target %</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <comment>report column</comment>
        <translation>Average
rating</translation>
    </message>
    <message>
        <source>Ratings</source>
        <comment>report column</comment>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>report column</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Pauses by reason</source>
        <comment>report column</comment>
        <translation>Pauses by reason</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>report column</comment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Counter</source>
        <comment>report column</comment>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>report column</comment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>report column</comment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hours of the day</source>
        <translation>Hours of the day</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>report column</comment>
        <translation>Hour</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All services: %1 issued, %2 served, average wait %3, %4 called within target</source>
        <translation>All services: %1 issued, %2 served, average wait %3, %4 called within target</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>days: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>report column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>report column</comment>
        <translation>Group</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
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
        <translation>Report for %1</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>Charts: %1</translation>
    </message>
</context>
<context>
    <name>novbe::ReportCharts</name>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Arrivals a week ago</source>
        <translation>Arrivals a week ago</translation>
    </message>
    <message>
        <source>Served a week ago</source>
        <translation>Served a week ago</translation>
    </message>
    <message>
        <source>Arrivals and served per 15 minutes</source>
        <translation>Arrivals and served per 15 minutes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting a week ago</source>
        <translation>Waiting a week ago</translation>
    </message>
    <message>
        <source>Citizens waiting over the day</source>
        <translation>Citizens waiting over the day</translation>
    </message>
    <message>
        <source>Waits against the service's target (100 % = the target)</source>
        <translation>Waits against the service's target (100 % = the target)</translation>
    </message>
    <message>
        <source>share of the called tickets</source>
        <translation>share of the called tickets</translation>
    </message>
</context>
</TS>
