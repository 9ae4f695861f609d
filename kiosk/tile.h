#pragma once

#include <QPushButton>

namespace novbe {

class FitLabel;

// A large touch tile: a title (the group, service or category name) and a
// line under it (live load, opening hours, a note). The whole tile is the
// button. kind: "normal", "primary" (the default choice) or "closed". Both
// texts wrap at spaces only and shrink rather than cut a word (FitLabel).
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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTitle();

    QString m_id;
    QString m_kind;
    FitLabel *m_title;
    FitLabel *m_subtitle;
};

} // namespace novbe
