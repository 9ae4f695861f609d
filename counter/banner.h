#pragma once

// The desk's banner: one line saying what just happened (no dialogs).
// Success and info lines fade back to the hint after a while; warnings and
// errors stay until the next line.

#include "notice.h"

#include <QFrame>
#include <QTimer>

class QLabel;

namespace novbe {

class Banner : public QFrame
{
    Q_OBJECT

public:
    explicit Banner(QWidget *parent = nullptr);

    void showNotice(const Notice &notice);
    void clearNotice();
    QString text() const; // the line shown now
    Notice::Kind kind() const;
    bool hasNotice() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_label;
    QTimer m_fade;
    Notice m_notice;
    bool m_has = false;
};

} // namespace novbe
