<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskText</name>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recalls left for %1. Mark it as No-show (F5) or Park it (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the counter is paused. Resume first (F8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while %2 is at your counter. Finish, transfer or park it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a called ticket. Call the next citizen first (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started yet. Press Start (F3) when the citizen arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By original ticket time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called before everyone waiting there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits as if the ticket were taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the time the ticket was first taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>applicationAccepted</source>
        <translation>Application accepted</translation>
    </message>
    <message>
        <source>documentIssued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>documentsIncomplete</source>
        <translation>Documents incomplete</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>certificateIssued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>requestAccepted</source>
        <translation>Request accepted</translation>
    </message>
    <message>
        <source>examBooked</source>
        <translation>Exam booked</translation>
    </message>
    <message>
        <source>documentCertified</source>
        <translation>Document certified</translation>
    </message>
    <message>
        <source>powerOfAttorney</source>
        <translation>Power of attorney</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
        <message>
            <source>This desk does not trust the queue server's certificate, so it does not connect. Call the administrator (the details are in this PC's log).</source>
            <translation>This desk does not trust the queue server's certificate, so it does not connect. Call the administrator (the details are in this PC's log).</translation>
        </message>
    <message>
        <source>The queue server did not answer in time. Look at the ticket card: it shows what really happened once the answer arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped before the queue server answered. The screen shows the real state again once it reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the queue server, so nothing was sent. Try again when the status bar says Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue server cannot save right now, so nothing was changed. Try again in a minute; if it repeats, call the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not registered as a counter desk. Ask the administrator to check its device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer logged in. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter is no longer open. Log in again to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong operator ID or PIN. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not known to the queue server. Choose another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is already open at another desk. Choose another counter, or ask the manager to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in did not work (%1). Try again; if it repeats, call the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not possible right now; the screen now shows the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not possible for %1 right now; the screen now shows its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That service does not exist any more. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That service is closed now. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue server refused this (%1). Try again; if it repeats, call the manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::ActionBar</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::ChoicePanel</name>
    <message>
        <source>Choose (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::CounterWindow</name>
    <message>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counter open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not connected — reconnecting by itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::DeskSession</name>
    <message>
        <source>Connection to the queue server lost. Reconnecting by itself; your ticket stays with your counter. Actions are not sent until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again. Your counter and its ticket are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter was closed from another place (for example you logged in at another desk). Log in again to continue here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the queue server: %1 was NOT sent. Wait until the status bar says Connected, then press it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the answer to your last action; %1 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1. Press Start (F3) when the citizen arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 called again (%n recall(s) left).</source>
        <translation>
            <numerusform>%1 called again (%n recall left).</numerusform>
            <numerusform>%1 called again (%n recalls left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished. Press Call next (F1) for the next citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked as no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parked. Call it back from the Parked list when the citizen returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter paused: %1. Press Resume (F8) to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::DeskView</name>
    <message>
        <source>Finish without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1: what was the outcome?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the counter: why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F10  Close counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12  Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::LoginView</name>
    <message>
        <source>Counter %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: logging in is locked. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the queue server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example op07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::QueuePanel</name>
    <message>
        <source>Past the target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past half the target wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no waiting or parked ticket to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket with the arrow keys, then press F9 or Enter to call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F9  Call this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::RatingPad</name>
    <message>
        <source>Very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your visit you can rate our service here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was our service today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, your rating could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 · choose your rating below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n s</source>
        <translation>
            <numerusform>This screen closes in %n s</numerusform>
            <numerusform>This screen closes in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::TicketCard</name>
    <message>
        <source>SERVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the document for this category before serving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the previous counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls used: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens are not sent to you. Press Resume (F8) to take them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen at your counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) waiting for your services. Press Call next (F1).</source>
        <translation>
            <numerusform>%n citizen waiting for your services. Press Call next (F1).</numerusform>
            <numerusform>%n citizens waiting for your services. Press Call next (F1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for your services right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::TransferPanel</name>
    <message>
        <source>(same service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 to another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in that queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the next counter (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
