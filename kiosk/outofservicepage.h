#pragma once

#include "outage.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QLabel;

namespace novbe {

class Translations;

// Full screen, calm, in all three languages at once: the kiosk is out of
// service, why, and where to go (the reception desk). It comes back by itself.
class OutOfServicePage : public QWidget
{
    Q_OBJECT

public:
    OutOfServicePage(const Translations *translations, QWidget *parent = nullptr);

    void setOutage(Outage outage);
    // Landscape: the three languages side by side.
    void setLandscape(bool landscape);
    Outage outage() const { return m_outage; }
    // The whole text shown (all languages), for tests.
    QString text() const;

private:
    const Translations *m_translations;
    QList<QLabel *> m_blocks;
    QBoxLayout *m_layout;
    Outage m_outage = Outage::None;
};

} // namespace novbe
