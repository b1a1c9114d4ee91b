// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "ChartCard.h"
#include "DisplayTime.h"
#include "ElidedLabel.h"
#include "ListNote.h"

#include "AuditLog.h"
#include "ConnectionProfile.h"
#include "CourierMessageModel.h"
#include "OverviewLoader.h"
#include "PlainText.h"
#include "StatusColors.h"

#include "KratosClient.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *l = new ElidedLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText); // server text is never markup
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString age(qint64 secs)
{
    if (secs < 90)
        return QCoreApplication::translate("OverviewPage", "%Ln second(s)", nullptr, int(secs));
    if (secs < 90 * 60) {
        const int minutes = int(secs / 60);
        return QCoreApplication::translate("OverviewPage", "%Ln minute(s)", nullptr, minutes);
    }
    if (secs < 48 * 3600) {
        const int hours = int(secs / 3600);
        return QCoreApplication::translate("OverviewPage", "%Ln hour(s)", nullptr, hours);
    }
    const int days = int(secs / 86400);
    return QCoreApplication::translate("OverviewPage", "%Ln day(s)", nullptr, days);
}

void setTone(QWidget *w, StatusColors::Tone tone)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, StatusColors::text(tone));
    p.setColor(QPalette::ButtonText, StatusColors::text(tone));
    w->setPalette(p);
}

QStringList dayLabels(const QList<QDate> &days)
{
    QStringList out;
    for (const QDate &d : days)
        out.append(QLocale().toString(d, QStringLiteral("d MMM")));
    return out;
}

} // namespace

OverviewPage::OverviewPage(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_loader(new OverviewLoader(client, this))
    , m_timer(new QTimer(this))
    , m_adminUrl(valueLabel(QStringLiteral("overviewAdminUrl"), this))
    , m_publicUrl(valueLabel(QStringLiteral("overviewPublicUrl"), this))
    , m_version(valueLabel(QStringLiteral("overviewVersion"), this))
    , m_alive(valueLabel(QStringLiteral("overviewAlive"), this))
    , m_ready(new QLabel(this))
    , m_environment(valueLabel(QStringLiteral("overviewEnvironment"), this))
    , m_access(valueLabel(QStringLiteral("overviewAccess"), this))
    , m_oldestQueued(new QLabel(this))
    , m_courierError(new QLabel(this))
    , m_abandonedList(new QVBoxLayout)
    , m_abandonedNone(new QLabel(tr("No abandoned messages."), this))
    , m_activeSessions(new QPushButton(this))
    , m_sessionsError(new QLabel(this))
    , m_byAal(new ChartCard(tr("Active sessions by AAL"), tr("Level"), tr("sessions"), this))
    , m_byDay(new ChartCard(tr("Active sessions by day of sign-in"), tr("Day"), tr("sessions"), this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_identitiesState(new QLabel(this))
    , m_signUpsDaily(new ChartCard(tr("Sign-ups per day"), tr("Day"), tr("sign-ups"), this))
    , m_signUpsWeekly(new ChartCard(tr("Sign-ups per week"), tr("Week of"), tr("sign-ups"), this))
    , m_states(new ChartCard(tr("Identities by state"), tr("State"), tr("identities"), this))
    , m_addresses(new ChartCard(tr("Login identifiers"), tr("Login identifier"), tr("identities"), this))
    , m_schemas(new ChartCard(tr("Identities by schema"), tr("Schema"), tr("identities"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    nameWidgets();
    buildLayout();
    connectSignals();
    showServer();
    showCourier();
    showSessions();
    showIdentities();
}

void OverviewPage::nameWidgets()
{
    setObjectName(QStringLiteral("overviewPage"));
    m_byAal->setObjectName(QStringLiteral("chartSessionsByAal"));
    m_byDay->setObjectName(QStringLiteral("chartSessionsByDay"));
    m_signUpsDaily->setObjectName(QStringLiteral("chartSignUpsDaily"));
    m_signUpsWeekly->setObjectName(QStringLiteral("chartSignUpsWeekly"));
    m_states->setObjectName(QStringLiteral("chartStates"));
    m_addresses->setObjectName(QStringLiteral("chartAddresses"));
    m_schemas->setObjectName(QStringLiteral("chartSchemas"));
    for (QLabel *l : {m_ready, m_oldestQueued, m_courierError, m_sessionsError, m_identitiesState, m_abandonedNone}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_ready->setObjectName(QStringLiteral("overviewReady"));
    m_oldestQueued->setObjectName(QStringLiteral("overviewOldestQueued"));
    m_courierError->setObjectName(QStringLiteral("overviewCourierError"));
    m_sessionsError->setObjectName(QStringLiteral("overviewSessionsError"));
    m_identitiesState->setObjectName(QStringLiteral("overviewIdentitiesState"));
    m_abandonedNone->setObjectName(QStringLiteral("overviewNoAbandoned"));
    for (QLabel *l : {m_courierError, m_sessionsError})
        l->setProperty("tone", QStringLiteral("alert"));
    m_activeSessions->setObjectName(QStringLiteral("overviewActiveSessions"));
    m_activeSessions->setFlat(true);
    m_activeSessions->setToolTip(tr("Open the Sessions page with the active sessions"));
    m_compute->setObjectName(QStringLiteral("overviewCompute"));
    m_compute->setToolTip(tr("Load every identity (without credentials) and compute the figures"));
    m_cancel->setObjectName(QStringLiteral("overviewCancel"));
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_progress->setRange(0, 0); // busy: the total is not known
    m_progress->setTextVisible(false);
}

QGroupBox *OverviewPage::buildServerBox()
{
    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    serverForm->addRow(tr("Admin API"), m_adminUrl);
    serverForm->addRow(tr("Public API"), m_publicUrl);
    serverForm->addRow(tr("Kratos"), m_version);
    serverForm->addRow(tr("Alive"), m_alive);
    serverForm->addRow(tr("Ready"), m_ready);
    serverForm->addRow(tr("Environment"), m_environment);
    serverForm->addRow(tr("Access"), m_access);
    return server;
}

QGroupBox *OverviewPage::buildCourierBox()
{
    auto *courier = new QGroupBox(tr("Courier now"), this);
    auto *courierLayout = new QVBoxLayout(courier);
    auto *counts = new QHBoxLayout;
    for (const QString &status : CourierFigures::statuses()) {
        auto *b = new QPushButton(courier);
        b->setObjectName(QStringLiteral("overviewCourier_%1").arg(status));
        b->setFlat(true);
        b->setToolTip(tr("Open the Courier page with the %1 messages").arg(CourierMessageModel::statusText(status)));
        counts->addWidget(b);
        m_courierCounts.append(b);
        connect(b, &QPushButton::clicked, this, [this, status]() { Q_EMIT openCourierRequested(status, {}, {}); });
    }
    courierLayout->addLayout(counts);
    courierLayout->addWidget(m_oldestQueued);
    courierLayout->addWidget(m_courierError);
    auto *latest = new QLabel(tr("Latest abandoned messages"), courier);
    QFont bold = latest->font();
    bold.setBold(true);
    latest->setFont(bold);
    courierLayout->addWidget(latest);
    courierLayout->addLayout(m_abandonedList);
    m_abandonedList->addWidget(m_abandonedNone);
    courierLayout->addStretch(1);
    return courier;
}

QGroupBox *OverviewPage::buildSessionsBox()
{
    auto *sessions = new QGroupBox(tr("Sessions"), this);
    auto *sessionsLayout = new QGridLayout(sessions);
    sessionsLayout->addWidget(m_activeSessions, 0, 0, 1, 2, Qt::AlignLeft);
    sessionsLayout->addWidget(m_sessionsError, 1, 0, 1, 2);
    sessionsLayout->addWidget(m_byAal, 2, 0);
    sessionsLayout->addWidget(m_byDay, 2, 1);
    sessionsLayout->setColumnStretch(0, 1);
    sessionsLayout->setColumnStretch(1, 2);
    return sessions;
}

QGroupBox *OverviewPage::buildIdentitiesBox()
{
    auto *identities = new QGroupBox(tr("Identities"), this);
    auto *identitiesLayout = new QGridLayout(identities);
    auto *computeRow = new QHBoxLayout;
    computeRow->addWidget(m_compute);
    computeRow->addWidget(m_cancel);
    computeRow->addWidget(m_progress, 1);
    computeRow->addWidget(m_identitiesState, 2);
    identitiesLayout->addLayout(computeRow, 0, 0, 1, 2);
    identitiesLayout->addWidget(m_signUpsDaily, 1, 0, 1, 2);
    identitiesLayout->addWidget(m_signUpsWeekly, 2, 0);
    identitiesLayout->addWidget(m_states, 2, 1);
    // Named categories get the whole width: Qt Charts cuts a label longer than its share.
    identitiesLayout->addWidget(m_addresses, 3, 0, 1, 2);
    identitiesLayout->addWidget(m_schemas, 4, 0, 1, 2);
    return identities;
}

void OverviewPage::buildLayout()
{
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Overview"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    top->addWidget(heading, 1);
    top->addWidget(m_refresh);

    QGroupBox *server = buildServerBox();
    QGroupBox *courier = buildCourierBox();
    QGroupBox *sessions = buildSessionsBox();
    QGroupBox *identities = buildIdentitiesBox();
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 6, 0);
    grid->addWidget(server, 0, 0);
    grid->addWidget(courier, 0, 1);
    grid->addWidget(sessions, 1, 0, 1, 2);
    grid->addWidget(identities, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    server->setMinimumWidth(server->fontMetrics().averageCharWidth() * 44);
    grid->setRowStretch(3, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_changed = new ListNote(this);
    m_changed->setObjectName(QStringLiteral("overviewChanged"));
    m_changed->setNote(QString(), false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_changed);
    layout->addWidget(scroll, 1);
}

void OverviewPage::connectSignals()
{
    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        if (isVisible())
            refresh();
        else
            m_stale = true; // read again when shown
    });
    connect(m_compute, &QPushButton::clicked, m_loader, &OverviewLoader::computeIdentities);
    connect(m_cancel, &QPushButton::clicked, m_loader, &OverviewLoader::cancelIdentities);
    connect(m_activeSessions, &QPushButton::clicked, this, [this]() { Q_EMIT openSessionsRequested(true); });
    // A level's bar opens the active sessions at that level (the filter matches the AAL as shown).
    connect(m_byAal, &ChartCard::barClicked, this,
            [this](const QString &level) { Q_EMIT openSessionsRequested(true, level); });
    connect(m_byDay, &ChartCard::barClicked, this, [this]() { Q_EMIT openSessionsRequested(true); });
    connect(m_states, &ChartCard::barClicked, this, [this](const QString &key) {
        if (key == QLatin1String("active"))
            Q_EMIT openIdentitiesRequested(Identity::State::Active);
        else if (key == QLatin1String("inactive"))
            Q_EMIT openIdentitiesRequested(Identity::State::Inactive);
    });
    connect(m_loader, &OverviewLoader::serverChanged, this, &OverviewPage::showServer);
    connect(m_loader, &OverviewLoader::courierChanged, this, &OverviewPage::showCourier);
    connect(m_loader, &OverviewLoader::sessionsChanged, this, &OverviewPage::showSessions);
    connect(m_loader, &OverviewLoader::identitiesChanged, this, &OverviewPage::showIdentities);
    connect(m_loader, &OverviewLoader::identitiesProgress, this, [this](int loaded) {
        // Kratos does not say how many there are: a busy bar, and the count beside it.
        m_identitiesState->setText(tr("Loading every identity… %1 so far").arg(QLocale().toString(loaded)));
    });
    auto *reloadKey = new QShortcut(QKeySequence::Refresh, this);
    reloadKey->setWhatsThis(tr("Overview: read every figure again"));
    connect(reloadKey, &QShortcut::activated, this, &OverviewPage::refresh);
}

QList<ChartCard *> OverviewPage::charts() const
{
    return {m_byAal, m_byDay, m_signUpsDaily, m_signUpsWeekly, m_states, m_addresses, m_schemas};
}

void OverviewPage::setProfile(const ConnectionProfile &profile)
{
    m_environment->setText(ConnectionProfile::environmentName(profile.environment));
    m_access->setText(profile.readOnly ? tr("read-only: every change is refused") : tr("read and write"));
}

void OverviewPage::setSharedIdentities(IdentityListModel *model)
{
    m_loader->setSharedIdentities(model);
}

void OverviewPage::setRefreshInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(seconds * 1000);
}

int OverviewPage::refreshInterval() const
{
    return m_timer->isActive() ? m_timer->interval() / 1000 : 0;
}

void OverviewPage::refresh()
{
    const ConnectionSettings &c = m_client->connection();
    m_adminUrl->setText(c.adminUrl.toDisplayString());
    m_publicUrl->setText(c.publicUrl.isEmpty() ? tr("not set (verification and recovery checks need it)")
                                               : c.publicUrl.toDisplayString());
    if (m_access->text().isEmpty())
        m_access->setText(c.readOnly ? tr("read-only: every change is refused") : tr("read and write"));
    m_stale = false;
    m_readAt = QDateTime::currentDateTimeUtc();
    m_loader->refresh();
    showChangeNotice();
}

void OverviewPage::watchChanges(AuditLog *audit)
{
    if (audit)
        connect(audit, &AuditLog::actionRecorded, this, &OverviewPage::actionRecorded);
}

void OverviewPage::actionRecorded(const AuditRecord &record)
{
    // Identities, their addresses and sessions, and the messages they queue: what these figures count.
    const bool counted =
        (record.action.startsWith(QLatin1String("identity.")) && record.action != QLatin1String("identity.export")) ||
        record.action.startsWith(QLatin1String("session."));
    if (!counted)
        return;
    m_changedAt = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
    showChangeNotice();
    showIdentitiesState(); // the line under Compute; the charts stay as computed
}

void OverviewPage::showChangeNotice()
{
    const bool older = m_changedAt.isValid() && m_readAt.isValid() && m_changedAt > m_readAt;
    m_changed->setNote(older ? tr("Something changed at %1, after these figures were read: Refresh (F5) to see it.")
                                   .arg(QLocale().toString(m_changedAt.toLocalTime().time(), QLocale::ShortFormat))
                             : QString(),
                       false);
}

void OverviewPage::clear()
{
    m_stale = true;
    m_loader->clear();
    for (QLabel *l : {m_adminUrl, m_publicUrl, m_environment, m_access})
        l->clear();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_client->connection().adminUrl.isEmpty())
        refresh();
}

void OverviewPage::showServer()
{
    const ServerFigures &s = m_loader->server();
    m_version->setText(!s.version.isEmpty()       ? s.version
                       : !s.versionError.isNull() ? tr("unknown: %1").arg(s.versionError.message())
                                                  : tr("checking…"));
    if (s.aliveKnown) {
        m_alive->setText(s.alive ? tr("yes · %1 ms round trip").arg(s.roundTripMs) : tr("no"));
        setTone(m_alive, s.alive ? StatusColors::Tone::Success : StatusColors::Tone::Error);
    } else {
        m_alive->setText(s.aliveError.isNull() ? tr("checking…") : tr("no answer: %1").arg(s.aliveError.message()));
        setTone(m_alive, s.aliveError.isNull() ? StatusColors::Tone::Pending : StatusColors::Tone::Error);
    }
    m_alive->setToolTip(s.aliveError.isNull() ? QString() : PlainText::toolTip(s.aliveError.userMessage()));
    if (s.readyKnown) {
        m_ready->setText(s.ready
                             ? tr("yes")
                             : tr("no: %1").arg(s.notReadyReason.isEmpty() ? tr("no reason given") : s.notReadyReason));
        setTone(m_ready, s.ready ? StatusColors::Tone::Success : StatusColors::Tone::Error);
    } else {
        m_ready->setText(s.readyError.isNull() ? tr("checking…") : tr("unknown: %1").arg(s.readyError.message()));
        setTone(m_ready, s.readyError.isNull() ? StatusColors::Tone::Pending : StatusColors::Tone::Error);
    }
}

void OverviewPage::showCourier()
{
    const CourierFigures &c = m_loader->courier();
    const QStringList statuses = CourierFigures::statuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const CourierFigures::Count count = c.counts.value(statuses.at(i));
        m_courierCounts.at(i)->setText(QStringLiteral("%1\n%2").arg(CourierFigures::countText(count),
                                                                    CourierMessageModel::statusText(statuses.at(i))));
        setTone(m_courierCounts.at(i), statuses.at(i) == QLatin1String("abandoned") && count.count > 0
                                           ? StatusColors::Tone::Error
                                       : count.count > 0 ? StatusColors::Tone::Pending
                                                         : StatusColors::Tone::Neutral);
    }
    const CourierFigures::Count queued = c.counts.value(QStringLiteral("queued"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!queued.known) {
        m_oldestQueued->setText(m_loader->courierError().isNull() ? tr("Counting…") : QString());
        setTone(m_oldestQueued, StatusColors::Tone::Neutral);
    } else if (queued.count == 0) {
        m_oldestQueued->setText(tr("Nothing is waiting to be sent."));
        setTone(m_oldestQueued, StatusColors::Tone::Success);
    } else {
        const QString oldest = age(c.oldestQueued.secsTo(now));
        m_oldestQueued->setText(
            c.courierMayBeStopped(now)
                ? tr("The oldest queued message has waited %1%2: the courier may be stopped (is `kratos courier "
                     "watch` running?).")
                      .arg(queued.capped ? tr("at least ") : QString(), oldest)
                : tr("The oldest queued message has waited %1%2.")
                      .arg(queued.capped ? tr("at least ") : QString(), oldest));
        setTone(m_oldestQueued, c.courierMayBeStopped(now) ? StatusColors::Tone::Error : StatusColors::Tone::Neutral);
    }
    m_courierError->setVisible(!m_loader->courierError().isNull());
    m_courierError->setText(
        m_loader->courierError().isNull()
            ? QString()
            : tr("The courier figures could not be read: %1").arg(m_loader->courierError().userMessage()));
    // The latest abandoned messages, each opening the Courier page on it.
    while (m_abandonedList->count() > 1) {
        QLayoutItem *item = m_abandonedList->takeAt(1);
        item->widget()->hide(); // gone from view now; deleted once back in the event loop
        item->widget()->deleteLater();
        delete item;
    }
    m_abandonedNone->setVisible(c.latestAbandoned.isEmpty());
    for (const CourierFigures::Abandoned &a : c.latestAbandoned) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *text = new ElidedLabel(row);
        text->setObjectName(QStringLiteral("overviewAbandonedText"));
        text->setTextFormat(Qt::PlainText);
        const QString when = DisplayTime::cell(a.message.createdAt);
        text->setText(
            tr("%1 · %2 · %3").arg(when, a.message.recipient, a.error.isEmpty() ? tr("reading the error…") : a.error));
        text->setToolTip(PlainText::toolTip(text->text()));
        auto *open = new QToolButton(row);
        open->setObjectName(QStringLiteral("overviewAbandoned"));
        open->setText(tr("Open"));
        open->setToolTip(tr("%1 to %2 — open it on the Courier page")
                             .arg(CourierMessageModel::templateName(a.message.templateType), a.message.recipient));
        open->setAccessibleName(open->toolTip());
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(open);
        const QString recipient = a.message.recipient;
        const QString id = a.message.id;
        connect(open, &QToolButton::clicked, this,
                [this, recipient, id]() { Q_EMIT openCourierRequested(QString(), recipient, id); });
        m_abandonedList->addWidget(row);
    }
}

void OverviewPage::showSessions()
{
    const SessionFigures &s = m_loader->sessions();
    const ApiError error = m_loader->sessionsError();
    m_sessionsError->setVisible(!error.isNull());
    m_sessionsError->setText(error.isNull() ? QString()
                                            : tr("The sessions could not be counted: %1").arg(error.userMessage()));
    if (!m_loader->sessionsComplete()) {
        m_activeSessions->setText(error.isNull()
                                      ? tr("Counting active sessions… %1 so far").arg(QLocale().toString(s.active))
                                      : tr("Active sessions: unknown"));
        const QString why = error.isNull() ? tr("Counting…") : tr("Not available: the sessions could not be read.");
        m_byAal->setMessage(why);
        m_byDay->setMessage(why);
        return;
    }
    m_activeSessions->setText(m_loader->sessionsCapped()
                                  ? tr("%1+ active sessions").arg(QLocale().toString(OverviewLoader::SessionCap))
                                  : tr("%Ln active session(s)", nullptr, s.active));
    QStringList levels;
    QList<int> counts;
    for (auto it = s.byAal.cbegin(); it != s.byAal.cend(); ++it) {
        levels.append(it.key().toUpper());
        counts.append(it.value());
    }
    if (levels.isEmpty())
        m_byAal->setMessage(tr("No active sessions."));
    else
        m_byAal->setBars(levels, counts, s.byAal.keys());
    m_byDay->setBars(dayLabels(s.authenticated.keys()), s.authenticated.values());
}

void OverviewPage::showIdentitiesState()
{
    const bool computing = m_loader->isComputingIdentities();
    const ApiError error = m_loader->identitiesError();
    if (computing) {
        m_identitiesState->setText(tr("Loading every identity…"));
    } else if (!error.isNull()) {
        m_identitiesState->setText(tr("The identities could not be loaded: %1").arg(error.userMessage()));
    } else if (m_loader->hasIdentityFigures()) {
        const QDateTime computed = m_loader->identitiesComputedAt();
        QString text = tr("From %Ln identities, computed at %1.", nullptr, m_loader->identities().total)
                           .arg(QLocale().toString(computed.time(), QLocale::ShortFormat));
        const int dormant = m_loader->identities().dormant;
        text += QLatin1Char(' ') +
                (dormant >= 0 ? tr("Dormant: %Ln active identities older than %1 days have not signed in for %1 days "
                                   "(from the sessions Kratos still has).",
                                   nullptr, dormant)
                                    .arg(IdentityFigures::DormantDays)
                              : tr("Dormant: unknown until the Sessions page holds every session (All sessions, "
                                   "Load all)."));
        const int invited = m_loader->identities().invitedNoSession;
        if (invited > 0)
            text += QLatin1Char(' ') + tr("Invited but never signed in: %Ln active identities invited from this "
                                          "or an imported trail have no session (File → Invitations…).",
                                          nullptr, invited);
        if (m_changedAt.isValid() && computed.isValid() && m_changedAt > computed)
            text +=
                QLatin1Char(' ') + tr("An identity or session changed at %1: Compute again to include it.")
                                       .arg(QLocale().toString(m_changedAt.toLocalTime().time(), QLocale::ShortFormat));
        m_identitiesState->setText(text);
    } else {
        m_identitiesState->setText(tr("Press Compute to load every identity and chart them, or load all on the "
                                      "Identities page."));
    }
}

void OverviewPage::showIdentities()
{
    const bool computing = m_loader->isComputingIdentities();
    m_compute->setEnabled(!computing);
    m_cancel->setVisible(computing);
    m_progress->setVisible(computing);
    showIdentitiesState();
    const ApiError error = m_loader->identitiesError();
    if (!m_loader->hasIdentityFigures()) {
        const QString why = !error.isNull() ? tr("Not available: the identities could not be loaded.")
                            : computing     ? tr("Loading…")
                                            : tr("Not computed yet.");
        for (ChartCard *c : {m_signUpsDaily, m_signUpsWeekly, m_states, m_addresses, m_schemas})
            c->setMessage(why);
        return;
    }
    const IdentityFigures &f = m_loader->identities();
    m_signUpsDaily->setBars(dayLabels(f.signUpsPerDay.keys()), f.signUpsPerDay.values());
    m_signUpsWeekly->setBars(dayLabels(f.signUpsPerWeek.keys()), f.signUpsPerWeek.values());
    QStringList states{tr("active"), tr("inactive")};
    QList<int> stateCounts{f.active, f.inactive};
    QStringList stateKeys{QStringLiteral("active"), QStringLiteral("inactive")};
    if (f.otherState > 0) {
        states.append(tr("other"));
        stateCounts.append(f.otherState);
        stateKeys.append(QStringLiteral("other"));
    }
    m_states->setBars(states, stateCounts, stateKeys);
    // Short words under the bars ("Login identifiers" says what they count): they fit lying flat.
    m_addresses->setBars({tr("verified"), tr("not verified"), tr("no address")},
                         {f.loginVerified, f.loginUnverified, f.loginNotAnAddress});
    m_schemas->setBars(f.schemaUsage.keys(), f.schemaUsage.values());
}
