#pragma once

// The hall display's offline banner, in place of the ticker while the
// engine is unreachable: "No connection to the system · Last updated 11:24"
// in white on the fault red, so a centre manager sees from the door that the
// calls on screen may be old.

#include <QWidget>

namespace novbe {

class OfflineBanner : public QWidget
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // True when the text fits at the banner's size (the no-clipping check).
    bool textFits() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont fittedFont() const;

    QString m_text;
};

} // namespace novbe
