#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace novbe {

// Bottom band: the centre's ticker line. Scrolls right to left when it is
// longer than the band (and scrolling is on); otherwise it stands still.
class TickerBar : public QWidget
{
    Q_OBJECT

public:
    explicit TickerBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setScrolling(bool scrolling);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void advance();

    QString m_text;
    qreal m_offset = 0;
    bool m_scrolling = true;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace novbe
