<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>novbe::CheckinPage</name>
    <message>
        <source>Enter the 6-digit code of your appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or hold the code from your booking under the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::ConfirmationPage</name>
    <message>
        <source>You are next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>%n person ahead</numerusform>
            <numerusform>%n people ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>Back to the start in %n s</numerusform>
            <numerusform>Back to the start in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your ticket below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::FooterBar</name>
    <message>
        <source>I have an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::KioskApp</name>
    <message>
        <source>Please watch the screens for your number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::KioskMessages</name>
    <message>
        <source>If you need help, please go to the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too early to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in opens at %1. Please come back to this kiosk then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can no longer check in for this appointment. Please take a walk-in ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a walk-in ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the 6 digits and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-in may have gone through while the connection was lost. Please go to the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was already checked in or cancelled. Please go to the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more tickets are given for this service now. Please choose another service or come back during its opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more tickets for this service today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s tickets for this service are all given out. Please come back tomorrow or ask at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not give you a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed. Please try again, or go to the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not reach the queue system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was printed. Please try again in a moment, or go to the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number is %1 and your place in the queue is kept. Please remember this number and go to the reception desk: they will give you your ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket is being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open %2. Please choose another service or come back then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed now. Please choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed · open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new tickets are given for this service today. Please choose another service or ask at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new tickets are given for %1 today. Please choose another service or ask at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today this service gives no new tickets after %1. Please come back tomorrow or ask at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1 gives no new tickets after %2. Please come back tomorrow or ask at the reception desk.</source>
    </message>
    <message>
        <source>I have noted my number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::KioskWindow</name>
    <message>
        <source>Printer paper is running low. Staff have been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have priority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority is checked at the counter: please have your document ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most visitors: no priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your document is checked at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: after the service you choose your category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::MessagePage</name>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>Back to the start in %n s</numerusform>
            <numerusform>Back to the start in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::OutOfServicePage</name>
    <message>
        <source>Sorry, this kiosk cannot give tickets right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go to the reception desk: they will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk will start again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue system cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer is out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer cover is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>novbe::SearchPage</name>
    <message>
        <source>Find your service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::StartPage</name>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your language to take a ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
