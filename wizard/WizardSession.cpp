#include "WizardSession.h"

#include "Language.h"
#include "WizardState.h"

#include "actions/CommandOperation.h"
#include "common/JsonFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace gpusetup {

namespace {

const char *const kStateFile = "wizard-state.json";
const char *const kAutostartFile = "gpu-setup-resume.desktop";

Json toJson(const SessionData &d)
{
    Json j;
    j["format"] = WizardSession::kFormat;
    j["schema"] = WizardSession::kSchema;
    j["savedAt"] = d.savedAt;
    j["language"] = d.language;
    j["page"] = d.page;
    j["choices"] = d.choices;
    j["ran"] = Json::array();
    for (const SessionStep &s : d.ran)
        j["ran"].push_back(
            {{"stage", s.stage}, {"step", s.step}, {"outcome", s.outcome}, {"at", s.at}});
    if (d.reboot) {
        const RebootWait &w = *d.reboot;
        j["reboot"] = {{"page", w.page},
                       {"requestedAt", w.requestedAt},
                       {"bootId", w.bootId},
                       {"steps", w.steps},
                       {"expectDriver", w.expectDriver},
                       {"mokQueued", w.mokQueued},
                       {"before",
                        {{"status", w.before.status},
                         {"version", w.before.version},
                         {"nouveau", w.before.nouveau},
                         {"mokPending", w.before.mokPending}}},
                       {"autostart", w.autostart}};
    } else {
        j["reboot"] = nullptr;
    }
    return j;
}

// Exec= quoting (Desktop Entry spec, "The Exec key"): an argument with a reserved character is
// double-quoted with ", `, $ and \ escaped; then the string value's own escaping doubles every
// backslash; a literal % is %%.
QString execArg(QString a)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = a.isEmpty();
    for (QChar c : a)
        quote = quote || reserved.contains(c);
    a.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!quote) return a;
    QString q;
    for (QChar c : a) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            q += QLatin1Char('\\');
        q += c;
    }
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

WizardSession::WizardSession(WizardState &state) : QObject(&state), m_state(state)
{
    // Every change of choices re-advises: the saved choices follow.
    connect(&m_state, &WizardState::planChanged, this, [this] {
        if (m_open) save();
    });
}

QString WizardSession::pageName(StageId stage)
{
    switch (stage) {
    case StageId::Gpu:
        return QStringLiteral("gpu");
    case StageId::Driver:
        return QStringLiteral("driver");
    case StageId::Toolkit:
        return QStringLiteral("cuda");
    case StageId::Cudnn:
        return QStringLiteral("cudnn");
    case StageId::PythonEnv:
        break;
    }
    return QStringLiteral("python-env");
}

QDateTime WizardSession::currentTime() const
{
    return now ? now().toUTC() : QDateTime::currentDateTimeUtc();
}

QString WizardSession::currentBootId() const
{
    if (bootId) return bootId().trimmed();
    const auto bytes =
        m_state.host().readFile(QStringLiteral("/proc/sys/kernel/random/boot_id"), 256);
    return bytes ? QString::fromLatin1(*bytes).trimmed() : QString();
}

QString WizardSession::statePath() const
{
    return stateDir.isEmpty() ? QString() : QDir(stateDir).filePath(QLatin1String(kStateFile));
}

std::optional<SessionData> WizardSession::read(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.exists()) {
        if (why) *why = QStringLiteral("no saved wizard state at %1").arg(path);
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (why) *why = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    try {
        const Json j = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        if (!j.is_object() || jsonString(j, "format") != QLatin1String(kFormat))
            throw std::runtime_error("not a gpu-setup wizard state");
        if (!j.contains("schema") || !j["schema"].is_number_integer() ||
            j["schema"].get<int>() != kSchema)
            throw std::runtime_error("written by another version (schema " +
                                     (j.contains("schema") ? j["schema"].dump() : "none") + ")");
        SessionData d;
        d.savedAt = jsonString(j, "savedAt");
        d.language = jsonString(j, "language");
        d.page = jsonString(j, "page");
        if (j.contains("choices") && j["choices"].is_object())
            d.choices = j["choices"].get<Choices>();
        if (j.contains("ran") && j["ran"].is_array())
            for (const Json &s : j["ran"])
                if (s.is_object())
                    d.ran << SessionStep{jsonString(s, "stage"), jsonString(s, "step"),
                                         jsonString(s, "outcome"), jsonString(s, "at")};
        if (j.contains("reboot") && j["reboot"].is_object()) {
            const Json &r = j["reboot"];
            RebootWait w;
            w.page = jsonString(r, "page");
            w.requestedAt = jsonString(r, "requestedAt");
            w.bootId = jsonString(r, "bootId");
            w.steps = jsonStrings(r, "steps");
            w.expectDriver = jsonString(r, "expectDriver");
            w.mokQueued = r.value("mokQueued", false);
            if (r.contains("before") && r["before"].is_object()) {
                const Json &b = r["before"];
                w.before.status = jsonString(b, "status");
                w.before.version = jsonString(b, "version");
                w.before.nouveau = b.value("nouveau", false);
                w.before.mokPending = b.value("mokPending", -1);
            }
            w.autostart = jsonString(r, "autostart");
            if (!w.page.isEmpty()) d.reboot = w;
        }
        return d;
    } catch (const std::exception &e) {
        if (why)
            *why = QStringLiteral("%1 is damaged or not ours (%2)")
                       .arg(path, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

bool WizardSession::write(const QString &path, const SessionData &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const std::string text = toJson(data).dump(2) + "\n";
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(text.data(), qint64(text.size())) != qint64(text.size()) || !f.commit()) {
        if (error)
            *error = tr("Could not save the wizard's state to %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool WizardSession::open(bool resumed)
{
    m_open = !stateDir.isEmpty();
    if (!m_open) return false;
    m_state.loadJournal();
    QString why;
    std::optional<SessionData> d = read(statePath(), &why);
    if (!d) {
        // Never a crash and never a question: start afresh, say why in the log.
        if (QFile::exists(statePath())) spdlog::warn("wizard state ignored: {}", why.toStdString());
        m_data = {};
        m_data.choices = m_state.choices();
        if (resumed && QFile::exists(autostartPath())) QFile::remove(autostartPath());
        return false;
    }
    m_data = *d;
    if (m_data.reboot) {
        const QDateTime asked =
            QDateTime::fromString(m_data.reboot->requestedAt, Qt::ISODate).toUTC();
        if (asked.isValid() && asked.daysTo(currentTime()) > kStaleWaitDays) {
            spdlog::info("restart wait from {} is older than {} days: not resumed",
                         m_data.reboot->requestedAt.toStdString(), kStaleWaitDays);
            m_data.reboot.reset();
        }
    }
    m_state.setChoices(m_data.choices);
    if (m_data.reboot) {
        const QString bootNow = currentBootId();
        const bool restarted = (!m_data.reboot->bootId.isEmpty() && !bootNow.isEmpty())
                                   ? bootNow != m_data.reboot->bootId
                                   : resumed;
        if (restarted) {
            // The restart happened: open the page that waited; the wait is used up.
            m_after = m_data.reboot;
            m_data.page = m_data.reboot->page;
            m_data.reboot.reset();
            const QString entry =
                m_after->autostart.isEmpty() ? autostartPath() : m_after->autostart;
            if (QFile::exists(entry) && !QFile::remove(entry))
                spdlog::warn("could not remove the autostart entry {}", entry.toStdString());
        } else {
            m_waitPending = true; // still waiting: the page offers the restart again
            m_data.page = m_data.reboot->page;
        }
    } else if (resumed && QFile::exists(autostartPath())) {
        QFile::remove(autostartPath());
    }
    spdlog::info("wizard state read from {}: page {}", statePath().toStdString(),
                 m_data.page.toStdString());
    save();
    emit changed();
    return true;
}

bool WizardSession::save(QString *error)
{
    if (!m_open) return true;
    m_data.savedAt = currentTime().toString(Qt::ISODate);
    m_data.language = currentLanguage();
    m_data.choices = m_state.choices();
    QString why;
    if (!write(statePath(), m_data, &why)) {
        spdlog::warn("{}", why.toStdString());
        if (error) *error = why;
        return false;
    }
    return true;
}

void WizardSession::setPage(const QString &page)
{
    if (m_data.page == page) return;
    m_data.page = page;
    save();
}

void WizardSession::recordStep(StageId stage, const JournalEntry &entry)
{
    m_data.ran << SessionStep{pageName(stage), entry.id, entry.outcome,
                              entry.startedAt.isEmpty() ? currentTime().toString(Qt::ISODate)
                                                        : entry.startedAt};
    while (m_data.ran.size() > kMaxSteps)
        m_data.ran.removeFirst();
    save();
}

bool WizardSession::rebootAwaited(StageId stage) const
{
    return m_data.reboot && m_data.reboot->page == pageName(stage);
}

bool WizardSession::mokQueued() const
{
    return (m_data.reboot && m_data.reboot->mokQueued) || (m_after && m_after->mokQueued);
}

void WizardSession::awaitReboot(StageId stage, const QStringList &steps, bool mokQueued)
{
    RebootWait w = m_data.reboot.value_or(RebootWait{});
    const bool fresh = !m_data.reboot || w.page != pageName(stage);
    if (fresh) {
        w = {};
        w.page = pageName(stage);
        const DriverFacts &d = m_state.facts().driver;
        w.before.status = driverStatusName(d.status);
        w.before.version = d.kernelVersion;
        w.before.nouveau = d.nouveauLoaded || d.status == DriverStatus::NouveauInUse;
        w.before.mokPending = m_state.facts().boot.mokPendingKeys;
    }
    w.requestedAt = currentTime().toString(Qt::ISODate);
    w.bootId = currentBootId();
    for (const QString &s : steps)
        if (!w.steps.contains(s)) w.steps << s;
    w.mokQueued = w.mokQueued || mokQueued;
    if (const StagePlan *p = m_state.plan().stage(StageId::Driver); p && w.expectDriver.isEmpty())
        for (const Step &s : p->steps)
            if (s.id == QLatin1String("driver.install")) w.expectDriver = p->chosen.value("driver");
    if (autostartEnabled()) w.autostart = autostartPath();
    m_data.reboot = w;
    m_waitPending = false;
    save();
    emit changed();
}

QString WizardSession::autostartPath() const
{
    QString dir = autostartDir;
    if (dir.isEmpty()) {
        QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        if (config.isEmpty() || !QDir::isAbsolutePath(config))
            config = QDir::cleanPath(m_state.host().home()) + QStringLiteral("/.config");
        dir = QDir::cleanPath(config) + QStringLiteral("/autostart");
    }
    return QDir(dir).filePath(QLatin1String(kAutostartFile));
}

bool WizardSession::autostartEnabled() const
{
    return QFile::exists(autostartPath());
}

QStringList WizardSession::resumeCommand() const
{
    if (!resumeArgv.isEmpty()) return resumeArgv;
    return {QCoreApplication::applicationFilePath(), QStringLiteral("--resume")};
}

QByteArray WizardSession::autostartEntry(const QStringList &argv)
{
    QStringList exec;
    for (const QString &a : argv)
        exec << execArg(a);
    // Both languages are data of the file (the session's language may differ from the UI's).
    QString t;
    t += QStringLiteral("[Desktop Entry]\n");
    t += QStringLiteral("Type=Application\n");
    t += QStringLiteral("Name=GPU Setup Wizard\n");
    t += QStringLiteral("Name[zh_CN]=GPU 环境配置向导\n");
    t += QStringLiteral("Comment=Continue setting up the GPU after the restart (added by "
                        "gpu-setup, removed once used)\n");
    t += QStringLiteral("Comment[zh_CN]=重启后继续配置 GPU（由 gpu-setup 添加，用过一次即删除）\n");
    t += QStringLiteral("Exec=") + exec.join(QLatin1Char(' ')) + QLatin1Char('\n');
    t += QStringLiteral("Icon=io.github.gpusetup.GpuSetup\n");
    t += QStringLiteral("Terminal=false\n");
    t += QStringLiteral("NoDisplay=true\n");
    t += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return t.toUtf8();
}

bool WizardSession::setAutostart(bool on, QString *error)
{
    const QString path = autostartPath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error) *error = tr("Could not remove %1.").arg(path);
            return false;
        }
        if (m_data.reboot) m_data.reboot->autostart.clear();
        save();
        emit changed();
        return true;
    }
    if (m_state.isDryRun()) return true; // demo: nothing on this computer changes
    const bool existed = QFile::exists(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = autostartEntry(resumeCommand());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error) *error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    if (!existed) {
        JournalEntry e;
        e.id = QStringLiteral("wizard.autostart");
        e.title = tr("Reopen the wizard once after the restart");
        e.outcome = QStringLiteral("ok");
        e.startedAt = currentTime().toString(Qt::ISODate);
        e.commands = {QStringLiteral("write %1").arg(path)};
        e.changes << JournalChange{QStringLiteral("file-created"), path, QString(),
                                   tr("removed again when the wizard opens after the restart")};
        m_state.addJournalEntry(e);
    }
    if (m_data.reboot) m_data.reboot->autostart = path;
    save();
    emit changed();
    return true;
}

Operation *WizardSession::startReboot()
{
    auto *op = new CommandOperation(QStringLiteral("system.reboot"), tr("Restart the computer"),
                                    rebootArgv);
    op->setDryRun(m_state.isDryRun());
    if (!m_state.isDryRun()) {
        // The machine may go down before finished() arrives: journal and save first.
        JournalEntry e;
        e.id = op->id();
        e.title = op->title();
        e.outcome = QStringLiteral("ok");
        e.startedAt = currentTime().toString(Qt::ISODate);
        e.commands = op->dryRun();
        e.message = tr("Restart requested; afterwards the wizard continues on the page that "
                       "waited.");
        m_state.addJournalEntry(e);
        save();
    }
    connect(op, &Operation::finished, this, [this, op](const OperationResult &r) {
        // A refused or failed command stays in the journal with its reason; a dry run too.
        if (!r.ok || m_state.isDryRun()) m_state.addJournalEntry(op->journalEntry());
    });
    return op;
}

WizardSession::Notice WizardSession::notice(StageId stage) const
{
    if (stage != StageId::Driver) return {};
    if (m_waitPending && rebootAwaited(stage))
        return {QStringLiteral("needs-action"),
                tr("The computer has not restarted yet: the NVIDIA driver loads only after a "
                   "restart.")};
    if (!m_after || m_after->page != pageName(stage) || !m_state.hasFacts() || m_state.isChecking())
        return {};
    const Facts &f = m_state.facts();
    const DriverFacts &d = f.driver;
    if (d.status == DriverStatus::Ok) {
        QString text =
            m_after->before.status == QLatin1String("ok") &&
                    m_after->before.version == d.kernelVersion
                ? tr("After the restart the NVIDIA driver %1 still works.").arg(d.kernelVersion)
                : tr("After the restart: the NVIDIA driver %1 is now loaded.")
                      .arg(d.kernelVersion.isEmpty() ? d.libraryVersion : d.kernelVersion);
        if (m_after->mokQueued || m_after->before.mokPending > 0)
            text += QLatin1Char(' ') + tr("The key was enrolled, so Secure Boot accepts it.");
        return {QStringLiteral("done"), text};
    }
    if (f.boot.mokPendingKeys > 0)
        return {QStringLiteral("needs-action"),
                tr("After the restart the key still waits for enrolment, so the NVIDIA driver "
                   "is not loaded: restart again and, in the blue screen, choose \"Enroll MOK\" "
                   "within 10 seconds.")};
    if (d.nouveauLoaded || d.status == DriverStatus::NouveauInUse)
        return {QStringLiteral("needs-action"),
                tr("After the restart the open-source nouveau driver still holds the GPU.")};
    return {QStringLiteral("needs-action"),
            tr("After the restart the NVIDIA driver is still not loaded (%1).")
                .arg(driverStatusName(d.status))};
}

} // namespace gpusetup
