#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace novbe {

// Bottom band: the centre's ticker line, after the manager's message if any
// (amber then). Scrolls right to left when it is
// longer than the band (and scrolling is on); otherwise it stands still.
class TickerBar : public QWidget
{
    Q_OBJECT

public:
    explicit TickerBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setScrolling(bool scrolling);
    // An announcement (the manager's message) is on the band: amber, bold.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void advance();

    QString m_text;
    qreal m_offset = 0;
    bool m_scrolling = true;
    bool m_highlighted = false;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace novbe
