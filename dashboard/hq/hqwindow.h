#pragma once

// novbe-dashboard --hq: the national view. A header (the HQ database shown
// without its password, AZ · EN · RU, the link to HQ and when the figures
// were last read), a banner while HQ cannot be read (the last figures stay,
// greyed), and three tabs: every centre, one centre's day, national reports.

#include "hqfeed.h"

#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QTabWidget;

namespace novbe {

class HqCentresTable;
class HqCentreTab;
class HqReportTab;

class HqWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `source`: the database as shown (PgConnection::describe()).
    HqWindow(HqFeed *feed, const QString &source, const QString &lang, QWidget *parent = nullptr);

    void start() { m_feed->start(); }
    void setLanguage(const QString &lang);
    void render();
    void showCentre(const QString &centreId); // the drill-down tab, on that centre

    QTabWidget *tabs() const { return m_tabs; }
    HqCentresTable *centres() const { return m_centres; }
    HqCentreTab *centreTab() const { return m_centreTab; }
    HqReportTab *reportTab() const { return m_report; }
    QLabel *banner() const { return m_banner; }
    QLabel *refreshedLabel() const { return m_refreshed; }
    bool showsStale() const; // the figures are greyed

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    void retranslate();
    void renderLink();
    void setStale(bool stale);

    HqFeed *m_feed;
    QString m_source;
    QString m_lang;
    QLabel *m_title = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_refreshed = nullptr;
    QLabel *m_banner = nullptr;
    QButtonGroup *m_languages = nullptr;
    QTabWidget *m_tabs = nullptr;
    HqCentresTable *m_centres = nullptr;
    HqCentreTab *m_centreTab = nullptr;
    HqReportTab *m_report = nullptr;
};

} // namespace novbe
