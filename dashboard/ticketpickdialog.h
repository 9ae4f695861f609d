#pragma once

// Choosing the waiting ticket to cancel: the service's waiting tickets in
// call order (number, waited so far, category); "Cancel this ticket" takes
// the selected one.

#include "protocol/readmodel.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace novbe {

class TicketPickDialog : public QDialog
{
    Q_OBJECT

public:
    TicketPickDialog(const QString &serviceName, const std::vector<TicketView> &waiting,
                     const QDateTime &now, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    // The manager chose this ticket (confirmation comes after).
    void picked(const QString &ticketId, const QString &number);

private:
    void choose();

    QListWidget *m_list = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace novbe
