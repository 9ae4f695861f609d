#include "ticketsamples.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe::test {

TicketPrintData sampleTicket(const QString &lang)
{
    TicketPrintData data;
    data.number = u"A042"_s;
    data.issuedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 15, 2, 123), Qt::UTC);
    data.timeZone = QTimeZone("Asia/Baku");
    data.ahead = 3;
    data.etaSec = 410;
    // A tracking token as the engine makes it: the ticket id and a 12-character MAC.
    data.trackingUrl = trackingUrl(u"https://novbe.example.az/"_s, u"t_8f3a2c.Q7fZk2-Lx_9P"_s);
    data.lang = lang;
    if (lang == u"en") {
        data.centreName = u"ASAN Service Centre Baku No. 1"_s;
        data.serviceName = u"Identity card (ID card) application"_s;
        data.footer = u"Thank you! Please wait until your number is called."_s;
    } else if (lang == u"ru") {
        data.centreName = u"Центр ASAN обслуживания Баку №1"_s;
        data.serviceName = u"Заявление на удостоверение личности"_s;
        data.categoryName = u"Лица с инвалидностью"_s;
        data.footer = u"Спасибо! Ожидайте вызова вашего номера."_s;
    } else {
        data.centreName = u"Bakı şəhəri ASAN xidmət mərkəzi №1"_s;
        data.serviceName = u"Şəxsiyyət vəsiqəsi (İD kart) üçün müraciət"_s;
        data.categoryName = u"Əlilliyi olan şəxslər"_s;
        data.footer = u"Çox sağ olun! Nömrənizin çağırılmasını gözləyin."_s;
    }
    return data;
}

PrinterProfile profile80mm(bool nativeQr)
{
    PrinterProfile profile;
    profile.id = u"tm-t20iii"_s;
    profile.widthDots = 576;
    profile.dpi = 203;
    profile.nativeQr = nativeQr;
    return profile;
}

PrinterProfile profile58mm(bool nativeQr)
{
    PrinterProfile profile;
    profile.id = u"pos-5890"_s;
    profile.widthDots = 384;
    profile.dpi = 203;
    profile.nativeQr = nativeQr;
    profile.cut = u"feedPartial"_s;
    profile.padBand48 = true;
    profile.baud = 9600;
    return profile;
}

} // namespace novbe::test
