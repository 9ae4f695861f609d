#include "ratingpad.h"

#include "desktranslations.h"
#include "ratingsession.h"
#include "ui/palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Red (1) through amber to green (5); white text-free faces, so only contrast of shapes matters.
QRgb faceColour(int rating)
{
    // Red to green through the palette's ends; white features on each >= 4.5:1.
    static const QRgb colours[] = {palette::FAULT, 0xFFC2410C, 0xFF8A6A00, 0xFF2F7D32, palette::OK};
    return colours[std::clamp(rating, 1, 5) - 1];
}

QString faceWord(int rating)
{
    switch (rating) {
        case 1: return RatingPad::tr("Very bad");
        case 2: return RatingPad::tr("Bad");
        case 3: return RatingPad::tr("All right");
        case 4: return RatingPad::tr("Good");
        default: return RatingPad::tr("Excellent");
    }
}

} // namespace

FaceButton::FaceButton(int rating, QWidget *parent) : QAbstractButton(parent), m_rating(rating)
{
    setObjectName(u"face%1"_s.arg(rating));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
}

QSize FaceButton::sizeHint() const
{
    return {200, 250};
}

void FaceButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int d = std::min(width() - 16, height() - 70);
    const QRectF circle((width() - d) / 2.0, 8, d, d);
    const QColor c = palette::color(faceColour(m_rating));
    p.setPen(Qt::NoPen);
    p.setBrush(isDown() ? c.darker(130) : c);
    p.drawEllipse(circle);
    p.setBrush(Qt::white);
    const qreal eye = d * 0.09;
    p.drawEllipse(QPointF(circle.center().x() - d * 0.18, circle.top() + d * 0.38), eye, eye);
    p.drawEllipse(QPointF(circle.center().x() + d * 0.18, circle.top() + d * 0.38), eye, eye);
    QPen mouthPen(Qt::white, d * 0.07, Qt::SolidLine, Qt::RoundCap);
    p.setPen(mouthPen);
    p.setBrush(Qt::NoBrush);
    const qreal curve = (m_rating - 3) * d * 0.12; // < 0 sad, > 0 happy
    const QPointF left(circle.center().x() - d * 0.24, circle.top() + d * 0.68 - curve / 2);
    const QPointF right(circle.center().x() + d * 0.24, left.y());
    QPainterPath mouth(left);
    mouth.quadTo(QPointF(circle.center().x(), left.y() + curve * 1.5), right);
    p.drawPath(mouth);
    p.setPen(palette::color(palette::TEXT));
    QFont f = font();
    f.setPixelSize(24);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(0, circle.bottom() + 8, width(), 50),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, faceWord(m_rating));
}

RatingPad::RatingPad(RatingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_homeLanguage(uiLanguage())
{
    setObjectName(u"ratingPad"_s);
    setupUi();
    connect(m_session, &RatingSession::phaseChanged, this, &RatingPad::showPhase);
    connect(m_session, &RatingSession::connectionChanged, this, &RatingPad::relabel);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RatingPad::relabel);
    showPhase();
}

void RatingPad::setupUi()
{
    const auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        return l;
    };
    m_who = label(u"padWho"_s);
    m_headline = label(u"padHeadline"_s);
    m_sub = label(u"padSub"_s);
    m_choice = label(u"padChoice"_s);
    m_countdown = label(u"padCountdown"_s);
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"padOffline"_s);
    m_faces = new QWidget(this);
    m_grid = new QGridLayout(m_faces);
    m_grid->setSpacing(24);
    for (int r = 1; r <= 5; ++r) {
        auto *b = new FaceButton(r, m_faces);
        connect(b, &QAbstractButton::clicked, this, [this, r] { m_session->rate(r); });
        m_buttons << b;
    }
    layoutFaces();
    auto *layout = new QVBoxLayout(this);
    // The faces re-flow on resize (5 in a row or 3 + 2): the layout must not
    // hold the window at the row's width.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(40, 30, 40, 20);
    layout->addWidget(m_who);
    layout->addStretch(1);
    layout->addWidget(m_headline);
    layout->addWidget(m_sub);
    layout->addWidget(m_choice);
    layout->addSpacing(30);
    layout->addWidget(m_faces, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    layout->addWidget(m_countdown);
    layout->addWidget(m_offline, 0, Qt::AlignRight);
}

// Landscape (1280×800): the five faces in a row; portrait (800×1280): 3 + 2.
void RatingPad::layoutFaces()
{
    const int columns = width() >= height() ? 5 : 3;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (FaceButton *b : std::as_const(m_buttons))
        m_grid->removeWidget(b);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons[i], i / columns, i % columns);
}

void RatingPad::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutFaces();
}

void RatingPad::showPhase()
{
    const RatingSession::Phase phase = m_session->phase();
    const std::optional<Ticket> t = m_session->ticket();
    setUiLanguage(phase != RatingSession::Phase::Idle && t ? t->lang : m_homeLanguage);
    m_faces->setVisible(phase == RatingSession::Phase::Asking);
    if (phase == RatingSession::Phase::Idle)
        m_tick.stop();
    else
        m_tick.start();
    relabel();
}

void RatingPad::relabel()
{
    using Phase = RatingSession::Phase;
    const std::optional<Ticket> t = m_session->ticket();
    switch (m_session->phase()) {
        case RatingSession::Phase::Idle:
            m_headline->setText(tr("Counter %1").arg(m_session->counterName(uiLanguage())));
            m_sub->setText(tr("After your visit you can rate our service here."));
            break;
        case RatingSession::Phase::Asking:
        case RatingSession::Phase::Sending:
            m_headline->setText(tr("How was our service today?"));
            m_sub->setText(
                tr("Ticket %1 · choose your rating below").arg(t ? t->number : QString()));
            break;
        case RatingSession::Phase::Thanked:
            m_headline->setText(tr("Thank you!"));
            m_sub->setText(tr("Your rating helps us serve you better."));
            break;
        case RatingSession::Phase::Failed:
            m_headline->setText(tr("Sorry, your rating could not be saved."));
            m_sub->setText(tr("Thank you for your visit."));
            break;
    }
    const Phase phase = m_session->phase();
    const QString op = m_session->operatorName();
    const QString counter = tr("Counter %1").arg(m_session->counterName(uiLanguage()));
    m_who->setText(op.isEmpty() || phase == Phase::Idle ? counter : counter + u" · "_s + op);
    m_who->setVisible(phase != Phase::Idle);
    const int rating = m_session->rating();
    m_choice->setVisible(phase == Phase::Thanked && rating > 0);
    m_choice->setText(rating > 0 ? tr("Your rating: %1").arg(faceWord(rating)) : QString());
    const int left = m_session->secondsLeft();
    const bool done = phase == Phase::Thanked || phase == Phase::Failed;
    m_countdown->setVisible(done && left > 0);
    m_countdown->setText(tr("This screen closes in %n s", nullptr, left));
    m_offline->setText(m_session->isConnected() ? QString() : tr("● offline"));
    for (FaceButton *b : std::as_const(m_buttons))
        b->update();
}

FaceButton *RatingPad::face(int rating) const
{
    return rating >= 1 && rating <= m_buttons.size() ? m_buttons[rating - 1] : nullptr;
}

QString RatingPad::headline() const
{
    return m_headline->text();
}

void RatingPad::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        m_session->rate(key - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QWidget::changeEvent(event);
}

} // namespace novbe
