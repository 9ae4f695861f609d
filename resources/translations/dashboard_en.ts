<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::ActionsPanel</name>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Services: new tickets</source>
        <translation>Services: new tickets</translation>
    </message>
    <message>
        <source>Ticker on the hall displays</source>
        <translation>Ticker on the hall displays</translation>
    </message>
    <message>
        <source>No new tickets after</source>
        <translation>No new tickets after</translation>
    </message>
    <message>
        <source>Set cut-off</source>
        <translation>Set cut-off</translation>
    </message>
    <message>
        <source>Remove cut-off</source>
        <translation>Remove cut-off</translation>
    </message>
    <message>
        <source>Cancel a waiting ticket…</source>
        <translation>Cancel a waiting ticket…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>e.g. The notary service closes at 16:00 today</source>
        <translation>e.g. The notary service closes at 16:00 today</translation>
    </message>
    <message>
        <source>Minutes (0 = all day)</source>
        <translation>Minutes (0 = all day)</translation>
    </message>
    <message>
        <source>Show on displays</source>
        <translation>Show on displays</translation>
    </message>
    <message>
        <source>Clear ticker</source>
        <translation>Clear ticker</translation>
    </message>
    <message>
        <source>No message on the displays now.</source>
        <translation>No message on the displays now.</translation>
    </message>
    <message>
        <source>Showing now (until %1): %2</source>
        <translation>Showing now (until %1): %2</translation>
    </message>
    <message>
        <source>Showing now (all day): %1</source>
        <translation>Showing now (all day): %1</translation>
    </message>
    <message>
        <source>Reopen for new tickets</source>
        <translation>Reopen for new tickets</translation>
    </message>
    <message>
        <source>Close for new tickets</source>
        <translation>Close for new tickets</translation>
    </message>
    <message>
        <source>Reopen %1? The kiosks issue tickets for it again at once.</source>
        <translation>Reopen %1? The kiosks issue tickets for it again at once.</translation>
    </message>
    <message>
        <source>Close %1 for new tickets for the rest of today? The kiosks show it closed at once; people already waiting are still served.</source>
        <translation>Close %1 for new tickets for the rest of today? The kiosks show it closed at once; people already waiting are still served.</translation>
    </message>
    <message>
        <source>Remove today&apos;s cut-off of %1?</source>
        <translation>Remove today&apos;s cut-off of %1?</translation>
    </message>
    <message>
        <source>No new tickets for %1 after %2 today?</source>
        <translation>No new tickets for %1 after %2 today?</translation>
    </message>
    <message>
        <source>Cancel ticket %1? The citizen loses the place in the queue.</source>
        <translation>Cancel ticket %1? The citizen loses the place in the queue.</translation>
    </message>
    <message>
        <source>Clear the ticker on every hall display?</source>
        <translation>Clear the ticker on every hall display?</translation>
    </message>
    <message>
        <source>Show this message on every hall display?

%1</source>
        <translation>Show this message on every hall display?

%1</translation>
    </message>
</context>
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
    <name>novbe::ControlsTable</name>
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
        <source>New tickets</source>
        <comment>table column</comment>
        <translation>New tickets</translation>
    </message>
    <message>
        <source>Cut-off
today</source>
        <comment>table column</comment>
        <translation>Cut-off
today</translation>
    </message>
    <message>
        <source>Closed by the manager for today</source>
        <translation>Closed by the manager for today</translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation>No new tickets after %1</translation>
    </message>
    <message>
        <source>Closed (opening hours)</source>
        <translation>Closed (opening hours)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
    <message>
        <source>● engine certificate refused — see the log</source>
        <translation>● engine certificate refused — see the log</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
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
    <name>novbe::HqCentreTab</name>
    <message>
        <source>Centre:</source>
        <translation>Centre:</translation>
    </message>
    <message>
        <source>%1: %2 waiting (about %3)</source>
        <translation>%1: %2 waiting (about %3)</translation>
    </message>
    <message>
        <source>Waiting now: %1</source>
        <translation>Waiting now: %1</translation>
    </message>
    <message>
        <source>Choose a centre (or double-click it on the first tab).</source>
        <translation>Choose a centre (or double-click it on the first tab).</translation>
    </message>
    <message>
        <source>Today so far: %1</source>
        <translation>Today so far: %1</translation>
    </message>
</context>
<context>
    <name>novbe::HqCentresTable</name>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Link to HQ</source>
        <translation>Link to HQ</translation>
    </message>
    <message>
        <source>Newest
figure</source>
        <translation>Newest
figure</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait /
target</source>
        <translation>Longest wait /
target</translation>
    </message>
    <message>
        <source>Served
today</source>
        <translation>Served
today</translation>
    </message>
    <message>
        <source>Called within
target</source>
        <translation>Called within
target</translation>
    </message>
    <message>
        <source>Average
rating</source>
        <translation>Average
rating</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Quiet for %1</source>
        <translation>Quiet for %1</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>No contact for %1</translation>
    </message>
    <message>
        <source>Never connected</source>
        <translation>Never connected</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>novbe::HqFeed</name>
    <message>
        <source>HQ&apos;s database does not answer</source>
        <translation>HQ&apos;s database does not answer</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTab</name>
    <message>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <source>Choose a range of at most %1 days, the first day first.</source>
        <translation>Choose a range of at most %1 days, the first day first.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Reading the report…</translation>
    </message>
    <message>
        <source>All centres, %1</source>
        <translation>All centres, %1</translation>
    </message>
    <message>
        <source>Növbə — national report</source>
        <translation>Növbə — national report</translation>
    </message>
</context>
<context>
    <name>novbe::HqReportTables</name>
    <message>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <source>Centre</source>
        <comment>report column</comment>
        <translation>Centre</translation>
    </message>
</context>
<context>
    <name>novbe::HqWindow</name>
    <message>
        <source>Növbə — national view</source>
        <translation>Növbə — national view</translation>
    </message>
    <message>
        <source>Növbə — all centres</source>
        <translation>Növbə — all centres</translation>
    </message>
    <message>
        <source>HQ database: %1</source>
        <translation>HQ database: %1</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>All centres</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>National report</source>
        <translation>National report</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Last refreshed %1</translation>
    </message>
    <message>
        <source>● HQ connected</source>
        <translation>● HQ connected</translation>
    </message>
    <message>
        <source>● No link to HQ</source>
        <translation>● No link to HQ</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1
The figures shown are from %2 and are not updated.</source>
        <translation>HQ&apos;s database cannot be read — %1
The figures shown are from %2 and are not updated.</translation>
    </message>
    <message>
        <source>HQ&apos;s database cannot be read — %1</source>
        <translation>HQ&apos;s database cannot be read — %1</translation>
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
    <name>novbe::ManagerActions</name>
    <message>
        <source>Refused: this device is not registered as a manager&apos;s device.</source>
        <translation>Refused: this device is not registered as a manager&apos;s device.</translation>
    </message>
    <message>
        <source>Refused: the centre has no such service (was the config reloaded?).</source>
        <translation>Refused: the centre has no such service (was the config reloaded?).</translation>
    </message>
    <message>
        <source>Refused: that ticket is not known to the engine.</source>
        <translation>Refused: that ticket is not known to the engine.</translation>
    </message>
    <message>
        <source>Refused: the ticket is no longer waiting (called, served or cancelled meanwhile).</source>
        <translation>Refused: the ticket is no longer waiting (called, served or cancelled meanwhile).</translation>
    </message>
    <message>
        <source>Refused: the value is not valid (%1).</source>
        <translation>Refused: the value is not valid (%1).</translation>
    </message>
    <message>
        <source>Not saved: the engine cannot write to its database. Try again.</source>
        <translation>Not saved: the engine cannot write to its database. Try again.</translation>
    </message>
    <message>
        <source>Not sent: the engine is unreachable. Try again when it is connected.</source>
        <translation>Not sent: the engine is unreachable. Try again when it is connected.</translation>
    </message>
    <message>
        <source>Refused by the engine: %1</source>
        <translation>Refused by the engine: %1</translation>
    </message>
    <message>
        <source>Reopened: the kiosks issue tickets for it again.</source>
        <translation>Reopened: the kiosks issue tickets for it again.</translation>
    </message>
    <message>
        <source>Closed: the kiosks show it closed and issue no new tickets today.</source>
        <translation>Closed: the kiosks show it closed and issue no new tickets today.</translation>
    </message>
    <message>
        <source>Cut-off set: no new tickets after %1 today.</source>
        <translation>Cut-off set: no new tickets after %1 today.</translation>
    </message>
    <message>
        <source>Cut-off removed.</source>
        <translation>Cut-off removed.</translation>
    </message>
    <message>
        <source>The ticker is cleared on every display.</source>
        <translation>The ticker is cleared on every display.</translation>
    </message>
    <message>
        <source>The message shows on every hall display now.</source>
        <translation>The message shows on every hall display now.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled.</source>
        <translation>Ticket %1 is cancelled.</translation>
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
        <source>Waits against the service&apos;s target (100 % = the target)</source>
        <translation>Waits against the service&apos;s target (100 % = the target)</translation>
    </message>
    <message>
        <source>share of the called tickets</source>
        <translation>share of the called tickets</translation>
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
    <name>novbe::TicketPickDialog</name>
    <message>
        <source>Cancel a waiting ticket</source>
        <translation>Cancel a waiting ticket</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>Nobody is waiting for %1.</translation>
    </message>
    <message>
        <source>Waiting for %1, in call order:</source>
        <translation>Waiting for %1, in call order:</translation>
    </message>
    <message>
        <source>%1 · waiting %2 · %3</source>
        <translation>%1 · waiting %2 · %3</translation>
    </message>
    <message>
        <source>Cancel this ticket…</source>
        <translation>Cancel this ticket…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
