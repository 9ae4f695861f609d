#pragma once

#include <QPushButton>

class QLabel;

namespace novbe {

// A large touch tile: a title (the group, service or category name) and a
// line under it (live load, opening hours, a note). The whole tile is the
// button. kind: "normal", "primary" (the default choice) or "closed".
class Tile : public QPushButton
{
    Q_OBJECT

public:
    explicit Tile(const QString &id, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    void setTexts(const QString &title, const QString &subtitle);
    QString title() const;
    QString subtitle() const;
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

private:
    QString m_id;
    QString m_kind;
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace novbe
