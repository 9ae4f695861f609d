<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>novbe::CheckinPage</name>
    <message>
        <source>Enter the 6-digit code of your appointment</source>
        <translation>Qəbul kodunuzu (6 rəqəm) daxil edin</translation>
    </message>
    <message>
        <source>Or hold the code from your booking under the scanner.</source>
        <translation>Və ya qeydiyyat kodunu skanerə yaxınlaşdırın.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
</context>
<context>
    <name>novbe::ConfirmationPage</name>
    <message>
        <source>You are next</source>
        <translation>Növbəti sizsiniz</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead</source>
        <translation>
            <numerusform>Qarşınızda %n nəfər</numerusform>
            <numerusform>Qarşınızda %n nəfər</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>təxminən %n dəq</numerusform>
            <numerusform>təxminən %n dəq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>%n san. sonra əsas ekrana qayıdılacaq</numerusform>
            <numerusform>%n san. sonra əsas ekrana qayıdılacaq</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Sizin nömrəniz</translation>
    </message>
    <message>
        <source>Take your ticket below</source>
        <translation>Biletinizi aşağıdan götürün</translation>
    </message>
</context>
<context>
    <name>novbe::FooterBar</name>
    <message>
        <source>I have an appointment</source>
        <translation>Qəbula yazılmışam</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Əsas ekran</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>novbe::KioskApp</name>
    <message>
        <source>Please watch the screens for your number.</source>
        <translation>Nömrənizi ekranlarda izləyin.</translation>
    </message>
</context>
<context>
    <name>novbe::KioskMessages</name>
    <message>
        <source>If you need help, please go to the reception desk.</source>
        <translation>Köməyə ehtiyacınız varsa, məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>It is too early to check in</source>
        <translation>Qeydiyyat üçün hələ tezdir</translation>
    </message>
    <message>
        <source>Your check-in opens at %1. Please come back to this kiosk then.</source>
        <translation>Qeydiyyat bu saatda açılır: %1. Həmin vaxt kioska yenidən yaxınlaşın.</translation>
    </message>
    <message>
        <source>Your appointment time has passed</source>
        <translation>Qəbul vaxtınız keçib</translation>
    </message>
    <message>
        <source>You can no longer check in for this appointment. Please take a walk-in ticket instead.</source>
        <translation>Bu qəbul üçün artıq qeydiyyatdan keçmək mümkün deyil. Zəhmət olmasa, adi növbə bileti götürün.</translation>
    </message>
    <message>
        <source>Take a walk-in ticket</source>
        <translation>Adi növbə bileti götürün</translation>
    </message>
    <message>
        <source>We could not find this code</source>
        <translation>Bu kodu tapa bilmədik</translation>
    </message>
    <message>
        <source>Please check the 6 digits and try again.</source>
        <translation>6 rəqəmi yoxlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Enter the code again</source>
        <translation>Kodu yenidən daxil edin</translation>
    </message>
    <message>
        <source>This code has already been used</source>
        <translation>Bu kod artıq istifadə olunub</translation>
    </message>
    <message>
        <source>Your check-in may have gone through while the connection was lost. Please go to the reception desk.</source>
        <translation>Bağlantı kəsilərkən qeydiyyatınız keçmiş ola bilər. Zəhmət olmasa, məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>This appointment was already checked in or cancelled. Please go to the reception desk.</source>
        <translation>Bu qəbul üçün artıq qeydiyyat keçilib və ya qəbul ləğv olunub. Zəhmət olmasa, məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>Check-in is not possible right now</source>
        <translation>Qeydiyyat hazırda mümkün deyil</translation>
    </message>
    <message>
        <source>This service is closed now</source>
        <translation>Bu xidmət hazırda bağlıdır</translation>
    </message>
    <message>
        <source>No more tickets are given for this service now. Please choose another service or come back during its opening hours.</source>
        <translation>Bu xidmət üçün hazırda bilet verilmir. Başqa xidmət seçin və ya iş saatlarında yenidən gəlin.</translation>
    </message>
    <message>
        <source>Choose another service</source>
        <translation>Başqa xidmət seçin</translation>
    </message>
    <message>
        <source>No more tickets for this service today</source>
        <translation>Bu xidmət üçün bugünkü biletlər bitib</translation>
    </message>
    <message>
        <source>Today&apos;s tickets for this service are all given out. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Bu xidmət üçün bugünkü biletlərin hamısı verilib. Sabah gəlin və ya məlumat masasına müraciət edin.</translation>
    </message>
    <message>
        <source>We could not give you a ticket</source>
        <translation>Sizə bilet verə bilmədik</translation>
    </message>
    <message>
        <source>Nothing was printed. Please try again, or go to the reception desk.</source>
        <translation>Heç nə çap olunmadı. Yenidən cəhd edin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>We could not reach the queue system</source>
        <translation>Növbə sisteminə qoşula bilmədik</translation>
    </message>
    <message>
        <source>No ticket was printed. Please try again in a moment, or go to the reception desk.</source>
        <translation>Bilet çap olunmadı. Bir azdan yenidən cəhd edin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>Your ticket could not be printed</source>
        <translation>Biletiniz çap oluna bilmədi</translation>
    </message>
    <message>
        <source>Your number is %1 and your place in the queue is kept. Please remember this number and go to the reception desk: they will give you your ticket.</source>
        <translation>Sizin nömrəniz: %1. Növbədəki yeriniz saxlanılıb. Bu nömrəni yadda saxlayın və məlumat masasına yaxınlaşın: biletinizi orada verəcəklər.</translation>
    </message>
    <message>
        <source>One moment, please</source>
        <translation>Bir az gözləyin</translation>
    </message>
    <message>
        <source>Your ticket is being prepared.</source>
        <translation>Biletiniz hazırlanır.</translation>
    </message>
    <message>
        <source>Printing your ticket</source>
        <translation>Biletiniz çap olunur</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Zəhmət olmasa, bir az gözləyin.</translation>
    </message>
    <message>
        <source>%1 is open %2. Please choose another service or come back then.</source>
        <translation>«%1» xidmətinin iş saatları: %2. Başqa xidmət seçin və ya həmin vaxt gəlin.</translation>
    </message>
    <message>
        <source>%1 is closed now. Please choose another service.</source>
        <translation>«%1» xidməti hazırda bağlıdır. Başqa xidmət seçin.</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Növbə yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n nəfər gözləyir</numerusform>
            <numerusform>%n nəfər gözləyir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>təxminən %n dəq</numerusform>
            <numerusform>təxminən %n dəq</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Hazırda bağlıdır</translation>
    </message>
    <message>
        <source>Closed · open %1</source>
        <translation>Bağlıdır · iş saatı %1</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Bu gün bağlıdır</translation>
    </message>
    <message>
        <source>No new tickets after %1</source>
        <translation>Yeni bilet verilmir (son saat %1)</translation>
    </message>
    <message>
        <source>This service is closed today</source>
        <translation>Bu xidmət bu gün bağlıdır</translation>
    </message>
    <message>
        <source>No new tickets are given for this service today. Please choose another service or ask at the reception desk.</source>
        <translation>Bu gün bu xidmət üçün yeni bilet verilmir. Başqa xidmət seçin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>No new tickets are given for %1 today. Please choose another service or ask at the reception desk.</source>
        <translation>Bu gün «%1» üçün yeni bilet verilmir. Başqa xidmət seçin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>Today this service gives no new tickets after %1. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Bu gün bu xidmət üzrə yeni biletlərin son saatı %1 idi. Sabah gəlin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>Today %1 gives no new tickets after %2. Please come back tomorrow or ask at the reception desk.</source>
        <translation>Bu gün «%1» üzrə yeni biletlərin son saatı %2 idi. Sabah gəlin və ya məlumat masasına yaxınlaşın.</translation>
    </message>
    <message>
        <source>I have noted my number</source>
        <translation>Nömrəmi yadda saxladım</translation>
    </message>
</context>
<context>
    <name>novbe::KioskWindow</name>
    <message>
        <source>Printer paper is running low. Staff have been told.</source>
        <translation>Printerdə kağız azalır. Əməkdaşlara xəbər verilib.</translation>
    </message>
    <message>
        <source>Choose a service area</source>
        <translation>Xidmət sahəsini seçin</translation>
    </message>
    <message>
        <source>Do you have priority?</source>
        <translation>Növbədə üstünlüyünüz varmı?</translation>
    </message>
    <message>
        <source>Priority is checked at the counter: please have your document ready.</source>
        <translation>Üstünlük hüququ xidmət masasında yoxlanılır: sənədinizi hazır saxlayın.</translation>
    </message>
    <message>
        <source>Choose your service</source>
        <translation>Xidməti seçin</translation>
    </message>
    <message>
        <source>Most visitors: no priority</source>
        <translation>Əksər vətəndaşlar üçün: üstünlüksüz</translation>
    </message>
    <message>
        <source>Your document is checked at the counter</source>
        <translation>Sənədiniz xidmət masasında yoxlanılır</translation>
    </message>
    <message>
        <source>Priority: after the service you choose your category.</source>
        <translation>Üstünlük: xidmətdən sonra kateqoriyanızı seçəcəksiniz.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Üstünlük</translation>
    </message>
</context>
<context>
    <name>novbe::MessagePage</name>
    <message numerus="yes">
        <source>Back to the start in %n s</source>
        <translation>
            <numerusform>%n san sonra əsas ekrana qayıdır</numerusform>
            <numerusform>%n san sonra əsas ekrana qayıdır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::OutOfServicePage</name>
    <message>
        <source>Sorry, this kiosk cannot give tickets right now.</source>
        <translation>Üzr istəyirik, bu kiosk hazırda bilet vermir.</translation>
    </message>
    <message>
        <source>Please go to the reception desk: they will help you.</source>
        <translation>Zəhmət olmasa, məlumat masasına yaxınlaşın: sizə kömək edəcəklər.</translation>
    </message>
    <message>
        <source>The kiosk will start again by itself.</source>
        <translation>Kiosk özü yenidən işə düşəcək.</translation>
    </message>
    <message>
        <source>The queue system cannot be reached.</source>
        <translation>Növbə sisteminə qoşulmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper.</source>
        <translation>Bilet printerində kağız qurtarıb.</translation>
    </message>
    <message>
        <source>The ticket printer cover is open.</source>
        <translation>Bilet printerinin qapağı açıqdır.</translation>
    </message>
    <message>
        <source>The ticket printer is not working.</source>
        <translation>Bilet printeri işləmir.</translation>
    </message>
</context>
<context>
    <name>novbe::SearchPage</name>
    <message>
        <source>Find your service</source>
        <translation>Xidmətinizi tapın</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Boşluq</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Type the first letters of the service</source>
        <translation>Xidmətin ilk hərflərini yazın</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters.</source>
        <translation>Heç nə tapılmadı. Daha az hərf yazın.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n xidmət tapıldı</numerusform>
            <numerusform>%n xidmət tapıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>novbe::StartPage</name>
    <message>
        <source>Welcome!</source>
        <translation>Xoş gəlmisiniz!</translation>
    </message>
    <message>
        <source>Touch your language to take a ticket</source>
        <translation>Bilet almaq üçün dilinizi seçin</translation>
    </message>
</context>
</TS>
