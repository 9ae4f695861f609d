#pragma once

// The citizen-facing rating screen at a counter: idle text, then five faces
// for the ticket just served (in the language chosen at the kiosk), then
// thanks. Digits 1-5 work as well as touch.

#include <QAbstractButton>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace novbe {

class RatingSession;

// A round face, sad (1) to happy (5), with its word underneath.
class FaceButton : public QAbstractButton
{
    Q_OBJECT

public:
    FaceButton(int rating, QWidget *parent = nullptr);
    int rating() const { return m_rating; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_rating;
};

class RatingPad : public QWidget
{
    Q_OBJECT

public:
    explicit RatingPad(RatingSession *session, QWidget *parent = nullptr);

    FaceButton *face(int rating) const;
    QString headline() const; // the main line shown now

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupUi();
    void showPhase();
    void relabel();
    void layoutFaces();

    RatingSession *m_session;
    QString m_homeLanguage;
    QLabel *m_headline;
    QLabel *m_sub;
    QLabel *m_offline;
    QLabel *m_who;       // counter and operator
    QLabel *m_choice;    // the face chosen, on the thank-you screen
    QLabel *m_countdown; // "closes in 5 s"
    QTimer m_tick;
    QWidget *m_faces;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QList<FaceButton *> m_buttons;
};

} // namespace novbe
