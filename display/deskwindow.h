#pragma once

// The desk display (`novbe-display --counter c07`): a small screen above one
// desk showing the number served there, huge, under the counter's name, or
// "Break" / "Closed". Readable from 800×480 (7") to 1920×1080; everything
// scales with the window and every text is fitted into its box, so nothing
// is ever cut (cutTexts() checks it).

#include "core/clock.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace novbe {

class DisplayModel;

class DeskWindow : public QWidget
{
    Q_OBJECT

public:
    DeskWindow(DisplayModel &model, const Clock &clock, const QString &counterId,
               QWidget *parent = nullptr);

    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    // Shows the labels in each of `languages` in turn (one = fixed).
    void setLabelRotation(const QStringList &languages, int seconds);
    // Offline: a banner "No connection · last updated HH:MM" at the bottom.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // Timers for flashing and label rotation (off for screenshots).
    void setAnimated(bool animated);

    // The texts as drawn, top to bottom ("Masa 7", "A042").
    QStringList shownTexts() const;
    // Texts that do not fit their boxes; empty when all fit.
    QStringList cutTexts() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct TextBox
    {
        QString text;
        QFont font;
        QRectF box;
        QColor color;
        bool wrap = false;
    };
    struct Scene
    {
        QRectF header;
        QRectF body;
        QRectF banner; // empty when online
        QColor bodyColour;
        QList<TextBox> texts;
    };

    Scene scene() const;
    void addBody(Scene &s) const;
    void addNumber(Scene &s, const QString &number, bool recall, bool inverse) const;
    void addNotice(Scene &s, const QString &title, const QString &note, QColor colour) const;
    QString counterTitle() const;
    QString bannerText() const;
    void handleTick();
    void rotateLanguage();

    DisplayModel &m_model;
    const Clock &m_clock;
    QString m_counterId;
    QString m_lang = QStringLiteral("az");
    QStringList m_rotation;
    QTimer m_tick;
    QTimer m_rotate;
    bool m_online = true;
    bool m_animated = true;
};

} // namespace novbe
