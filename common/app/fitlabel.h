#pragma once

// A label that never cuts its text: it wraps at spaces only and shrinks its
// font (from the style sheet's size down to a floor) until the widest word
// fits its width and the text takes at most `maxLines` lines. Time ranges and
// "60 dəq" stay whole when their spaces are no-break spaces (keepTogether()).

#include <QLabel>

namespace novbe {

class FitLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FitLabel(QWidget *parent = nullptr);

    void setMaxLines(int lines);
    // At most this many pixels of text height (0 = no limit but the lines).
    void setMaxTextHeight(int px);
    // Smallest font size it may shrink to, as a fraction of the style sheet's (default 0.6).
    void setMinScale(qreal scale);
    void setText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();

    int m_maxLines = 3;
    int m_maxHeight = 0;
    qreal m_minScale = 0.6;
    int m_basePx = 0; // the style sheet's size
    int m_shownPx = 0;
    bool m_fitting = false;
};

// `text` with its spaces made no-break (a phrase that must not wrap).
QString keepTogether(const QString &text);

} // namespace novbe
