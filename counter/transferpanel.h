#pragma once

// Transfer, in place of the ticket card (no dialog): the service (typed
// filter + list), the placement there (first / last / original time) and an
// optional note for the next counter. Enter confirms, Esc goes back.

#include "core/ticket.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace novbe {

class DeskModel;

class TransferPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TransferPanel(DeskModel *model, QWidget *parent = nullptr);

    // Fills the panel for the current ticket and focuses the filter.
    void begin();
    // Selects `service` and `placement` and types `note` (tests, screenshots).
    bool choose(const QString &service, Placement placement, const QString &note = {});
    QString chosenService() const;
    Placement chosenPlacement() const;

    QPushButton *confirmButton() const { return m_confirm; }

signals:
    void transferRequested(const QString &service, novbe::Placement placement, const QString &note);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setupUi();
    void fillServices();
    void applyFilter(const QString &text);
    void confirm();
    void relabel();

    DeskModel *m_model;
    QLabel *m_title;
    QLineEdit *m_filter;
    QListWidget *m_services;
    QLabel *m_placementTitle;
    QButtonGroup *m_placement;
    QRadioButton *m_first;
    QRadioButton *m_last;
    QRadioButton *m_original;
    QLineEdit *m_note;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace novbe
