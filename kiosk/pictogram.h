#pragma once

// The out-of-service pictogram: a ticket crossed by a "no" sign, drawn (no
// image file), readable without words in any language.

#include <QWidget>

namespace novbe {

class NoTicketPictogram : public QWidget
{
    Q_OBJECT

public:
    explicit NoTicketPictogram(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {220, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace novbe
