// The wizard across a restart, headless: the state file (page, choices, what ran, the restart
// wait) written atomically and read back, damaged or foreign files ignored; a Driver run that
// reaches the restart (MOK password asked, key queued, then the hand-off); the autostart entry;
// the restart command through its seam; and the next start on the page that waited, with the
// choices kept, the journal from before the restart, and what changed. The restart itself is
// simulated by a new WizardState whose boot id differs and whose host shows the driver loaded.
#include "Pages.h"
#include "SetupWizard.h"
#include "StageModel.h"
#include "StagePages.h"
#include "TestSnapshot.h"
#include "WizardSession.h"
#include "WizardState.h"

#include "actions/CommandOperation.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

void writeScript(const QString &path, const QByteArray &body)
{
    writeFile(path, "#!/bin/sh\n" + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<SnapshotHost> openHost(const QString &name)
{
    QString error;
    auto h = SnapshotHost::open(hostsDir() + QStringLiteral("/") + name, &error);
    if (!h) qWarning() << error;
    return h;
}

// The laptop's Driver stage as the plan has it, with its first steps replaced by harmless
// commands in a temp folder (a real run would call pkexec): install, queue the key, restart.
Plan driverPlanWithHarmlessSteps(const Plan &plan, const QString &dir)
{
    Plan p = plan;
    for (StagePlan &s : p.stages) {
        if (s.id != StageId::Driver) continue;
        QList<Step> steps;
        Step install;
        install.id = QStringLiteral("driver.install");
        install.kind = QStringLiteral("command");
        install.description = QStringLiteral("install");
        install.argv = {QStringLiteral("touch"), dir + QStringLiteral("/installed")};
        steps << install;
        for (const Step &st : s.steps)
            if (st.id == QLatin1String("driver.enroll-mok") || StageModel::isRestartStep(st.id))
                steps << st;
        s.steps = steps;
    }
    return p;
}

// The stand-in for the root side of driver.enroll-mok: records the password it was given.
struct FakeMok
{
    QStringList passwords;
    QString dir;
    std::unique_ptr<Operation> make(const ActionContext &ctx, const QString &password)
    {
        if (!password.isEmpty()) passwords << password;
        auto op = std::make_unique<CommandOperation>(
            QStringLiteral("driver.enroll-mok"), QStringLiteral("Queue the key"),
            QStringList{QStringLiteral("touch"), dir + QStringLiteral("/mok-queued")});
        op->setDryRun(ctx.dryRun);
        return op;
    }
};

} // namespace

class TestWizardSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<SnapshotHost> m_laptop;  // before: nouveau, Secure Boot, key not enrolled
    std::unique_ptr<SnapshotHost> m_working; // after: the NVIDIA driver loaded
    Facts m_laptopFacts, m_workingFacts;

    // A wizard state wired to this test's folders and fake programs (the seams of a journey).
    std::unique_ptr<WizardState> makeState(const SnapshotHost &host, const QString &boot,
                                           const QString &dir, FakeMok *mok = nullptr)
    {
        auto s = std::make_unique<WizardState>(host, false);
        WizardSession &ses = s->session();
        ses.stateDir = dir + QStringLiteral("/state/gpu-setup");
        ses.autostartDir = dir + QStringLiteral("/config/autostart");
        ses.rebootArgv = {dir + QStringLiteral("/bin/reboot")};
        ses.resumeArgv = {QStringLiteral("/usr/bin/gpu-setup"), QStringLiteral("--resume")};
        ses.bootId = [boot] { return boot; };
        ses.now = [] { return QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC); };
        if (mok)
            s->mokEnrollOperation = [mok](const ActionContext &c, const QString &pw) {
                return mok->make(c, pw);
            };
        writeScript(dir + QStringLiteral("/bin/reboot"),
                    "echo \"$0 $*\" >> \"$(dirname \"$0\")/../rebooted\"\n");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_laptop = openHost(QStringLiteral("laptop-hybrid-nouveau-secureboot"));
        m_working = openHost(QStringLiteral("ubuntu2204-rtx3060-drv535"));
        QVERIFY(m_laptop && m_working);
        m_laptopFacts = probeAll(*m_laptop);
        m_workingFacts = probeAll(*m_working);
    }

    // The file format: what write() writes, read() gives back; anything else is refused with a
    // reason (never an exception, never a crash).
    void stateFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why"); // "" = reads
        QTest::newRow("damaged") << QByteArray("{\"format\": \"gpu-setup-wiz") << "damaged";
        QTest::newRow("another version")
            << QByteArray("{\"format\": \"gpu-setup-wizard-state\", \"schema\": 2}")
            << "another version";
        QTest::newRow("not ours") << QByteArray("{\"schema\": 1, \"entries\": []}") << "not";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not";
        QTest::newRow("minimal") << QByteArray(
                                        "{\"format\": \"gpu-setup-wizard-state\", \"schema\": 1}")
                                 << "";
        QTest::newRow("wrong types")
            << QByteArray("{\"format\": \"gpu-setup-wizard-state\", \"schema\": 1, \"page\": 3, "
                          "\"ran\": 5, \"reboot\": [], \"choices\": {\"envName\": \"x\"}}")
            << "";
    }
    void stateFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath("wizard-state.json");
        writeFile(path, bytes);
        QString reason;
        const auto d = WizardSession::read(path, &reason);
        QCOMPARE(d.has_value(), why.isEmpty());
        if (!why.isEmpty())
            QVERIFY2(reason.contains(why), qPrintable(reason));
        else
            QVERIFY(!d->reboot);
    }

    void stateFileRoundTrip()
    {
        QTemporaryDir dir;
        SessionData d;
        d.page = "driver";
        d.language = "zh_CN";
        d.choices.envName = "cv2026";
        d.choices.mirror = "tuna";
        d.ran << SessionStep{"driver", "driver.install", "ok", "2026-12-08T10:00:00Z"};
        RebootWait w;
        w.page = "driver";
        w.requestedAt = "2026-12-08T10:05:00Z";
        w.bootId = "b1";
        w.steps = {"driver.install", "driver.enroll-mok"};
        w.expectDriver = "580";
        w.mokQueued = true;
        w.before = {"nouveau-in-use", "", true, 0};
        w.autostart = "/home/s/.config/autostart/gpu-setup-resume.desktop";
        d.reboot = w;
        const QString path = dir.filePath("s/wizard-state.json");
        QString error;
        QVERIFY2(WizardSession::write(path, d, &error), qPrintable(error));
        const auto back = WizardSession::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->page, d.page);
        QCOMPARE(back->language, d.language);
        QCOMPARE(back->choices.envName, QString("cv2026"));
        QCOMPARE(back->choices.mirror, QString("tuna"));
        QCOMPARE(back->ran, d.ran);
        QVERIFY(back->reboot);
        QCOMPARE(*back->reboot, w);
        const Json j = Json::parse(readAll(path).toStdString());
        QCOMPARE(j["format"], "gpu-setup-wizard-state");
        QCOMPARE(j["schema"], 1);
        QVERIFY(QDir(dir.filePath("s")).entryList(QDir::Files).size() == 1); // no temp left
    }

    // A damaged file at start: ignored with a log line, the wizard starts afresh and the next
    // change writes a good file over it.
    void damagedStateIgnoredAtStart()
    {
        QTemporaryDir dir;
        auto s = makeState(*m_laptop, "b1", dir.path());
        writeFile(s->session().statePath(), "{\"format\": \"gpu-setup-wizard-state\", \"sch");
        QVERIFY(!s->session().open(false));
        QVERIFY(s->session().isOpen());
        QCOMPARE(s->session().page(), QString());
        s->setFacts(m_laptopFacts);
        Choices c = s->choices();
        c.envName = "after";
        s->setChoices(c);
        QString why;
        const auto d = WizardSession::read(s->session().statePath(), &why);
        QVERIFY2(d, qPrintable(why));
        QCOMPARE(d->choices.envName, QString("after"));
    }

    // The whole restart, step by step, as a student meets it on the Secure Boot laptop.
    void restartResumesTheWaitingPage()
    {
        QTemporaryDir dir;
        FakeMok mok;
        mok.dir = dir.path();
        Plan laterPlan;
        {
            auto a = makeState(*m_laptop, "boot-1", dir.path(), &mok);
            QVERIFY(!a->session().open(false)); // first start: nothing saved yet
            a->setFacts(m_laptopFacts);
            Choices c = a->choices();
            c.envName = "cv2026";
            c.mirror = "tuna";
            a->setChoices(c);
            a->setPlan(driverPlanWithHarmlessSteps(a->plan(), dir.path()));
            SetupWizard w(*a);
            w.showPage(SetupWizard::Driver);
            QCOMPARE(a->session().page(), QString("driver"));
            StageModel &m = w.stagePage(SetupWizard::Driver)->model();
            m.dkmsModuleInstalled = [] { return std::optional<bool>(true); };
            QSignalSpy asked(&m, &StageModel::passwordNeeded);
            QSignalSpy done(&m, &StageModel::runFinished);
            m.run();
            QVERIFY(asked.count() || asked.wait(5000));
            QVERIFY(m.isWaitingForPassword());
            QVERIFY(!m.isReady()); // not while the dialog is up
            QVERIFY(QFile::exists(dir.filePath("installed")));
            m.providePassword("Secure12");
            QVERIFY(done.count() || done.wait(5000));
            QVERIFY2(done.first().first().toBool(), qPrintable(m.lastMessage()));
            QCOMPARE(mok.passwords, QStringList{"Secure12"});
            QVERIFY(QFile::exists(dir.filePath("mok-queued")));
            QVERIFY(m.awaitingReboot());
            QVERIFY(m.mokPending());
            QTRY_VERIFY(m.isReady()); // once the re-check after the run is done
            // The file already says which page waits and how the driver looked.
            QString why;
            auto saved = WizardSession::read(a->session().statePath(), &why);
            QVERIFY2(saved && saved->reboot, qPrintable(why));
            QCOMPARE(saved->reboot->page, QString("driver"));
            QCOMPARE(saved->reboot->bootId, QString("boot-1"));
            QCOMPARE(saved->reboot->steps, (QStringList{"driver.install", "driver.enroll-mok"}));
            QVERIFY(saved->reboot->mokQueued);
            QCOMPARE(saved->reboot->before.status, QString("nouveau-in-use"));
            QVERIFY(saved->reboot->before.nouveau);
            QCOMPARE(saved->ran.size(), 2);
            // The student agrees to reopen the wizard, then restarts.
            QVERIFY(a->session().setAutostart(true));
            const QByteArray entry = readAll(a->session().autostartPath());
            QVERIFY2(entry.contains("\nExec=/usr/bin/gpu-setup --resume\n"), entry.constData());
            QVERIFY(entry.contains("Type=Application"));
            QVERIFY(entry.contains("Name[zh_CN]="));
            Operation *op = a->session().startReboot();
            QSignalSpy rebooted(op, &Operation::finished);
            op->start();
            QVERIFY(rebooted.count() || rebooted.wait(5000));
            QVERIFY(rebooted.first().first().value<OperationResult>().ok);
            delete op;
            QVERIFY(readAll(dir.filePath("rebooted")).contains("/bin/reboot"));
            QStringList ids;
            for (const JournalEntry &e : a->journal())
                ids << e.id;
            QCOMPARE(ids, (QStringList{"driver.install", "driver.enroll-mok", "wizard.autostart",
                                       "system.reboot"}));
            laterPlan = a->plan();
        }
        // --- the restart: a new process, another boot id, the driver now loaded ---
        QVERIFY(QFile::exists(dir.filePath("config/autostart/gpu-setup-resume.desktop")));
        auto b = makeState(*m_working, "boot-2", dir.path(), &mok);
        QVERIFY(b->session().open(true));
        QCOMPARE(b->session().page(), QString("driver"));
        QVERIFY(b->session().restartObserved());
        QCOMPARE(b->choices().envName, QString("cv2026")); // choices kept
        QCOMPARE(b->choices().mirror, QString("tuna"));
        QVERIFY(!QFile::exists(dir.filePath("config/autostart/gpu-setup-resume.desktop")));
        QStringList before;
        for (const JournalEntry &e : b->journal())
            before << e.id;
        QVERIFY(before.contains("driver.install")); // the report still knows
        QVERIFY(before.contains("system.reboot"));
        SetupWizard w(*b); // opens on the page that waited, not Welcome
        QCOMPARE(w.currentId(), int(SetupWizard::Driver));
        b->setFacts(m_workingFacts); // re-probed
        auto *page = w.driverPage();
        QVERIFY2(page->noticeText().contains("is now loaded"), qPrintable(page->noticeText()));
        QVERIFY(page->noticeText().contains("535.183.01"));
        QVERIFY(page->noticeText().contains("key was enrolled"));
        QVERIFY(!page->model().awaitingReboot());
        // The wait is used up: a later start opens normally.
        QString why;
        const auto d = WizardSession::read(b->session().statePath(), &why);
        QVERIFY(d && !d->reboot);
        QCOMPARE(w.reportPage()->actionsText().count('\n') + 1, int(b->journal().size()));
        QVERIFY(w.reportPage()->actionsText().contains("Restart the computer"));
    }

    // Opened again before restarting: still waiting, nothing removed, the restart offered.
    void notRestartedYet()
    {
        QTemporaryDir dir;
        {
            auto a = makeState(*m_laptop, "boot-1", dir.path());
            a->session().open(false);
            a->setFacts(m_laptopFacts);
            a->session().awaitReboot(StageId::Driver, {"driver.install"}, false);
            QVERIFY(a->session().setAutostart(true));
        }
        auto b = makeState(*m_laptop, "boot-1", dir.path());
        QVERIFY(b->session().open(false));
        QVERIFY(!b->session().restartObserved());
        QVERIFY(b->session().rebootAwaited(StageId::Driver));
        QVERIFY(QFile::exists(b->session().autostartPath()));
        b->setFacts(m_laptopFacts);
        SetupWizard w(*b);
        QCOMPARE(w.currentId(), int(SetupWizard::Driver));
        auto *page = w.driverPage();
        QVERIFY(page->model().awaitingReboot());
        QVERIFY(page->rebootBox()->isVisibleTo(page));
        QVERIFY(page->autostartBox()->isChecked());
        QVERIFY(page->noticeText().contains("not restarted yet"));
        QVERIFY(page->rebootCommandShown().contains("/bin/reboot"));
    }

    // The driver still not loaded after the restart: said, with what to do.
    void restartedButKeyStillWaiting()
    {
        QTemporaryDir dir;
        {
            auto a = makeState(*m_laptop, "boot-1", dir.path());
            a->session().open(false);
            a->setFacts(m_laptopFacts);
            a->session().awaitReboot(StageId::Driver, {"driver.enroll-mok"}, true);
        }
        auto b = makeState(*m_laptop, "boot-2", dir.path());
        QVERIFY(b->session().open(false)); // opened from the menu, not by the autostart entry
        Facts after = m_laptopFacts;
        after.boot.mokPendingKeys = 1; // MokManager was missed
        b->setFacts(after);
        const WizardSession::Notice n = b->session().notice(StageId::Driver);
        QCOMPARE(n.kind, QString("needs-action"));
        QVERIFY2(n.text.contains("Enroll MOK"), qPrintable(n.text));
    }

    // A restart wait older than 30 days is not resumed (the clock is a seam).
    void staleWaitIgnored()
    {
        QTemporaryDir dir;
        {
            auto a = makeState(*m_laptop, "boot-1", dir.path());
            a->session().open(false);
            a->setFacts(m_laptopFacts);
            a->session().awaitReboot(StageId::Driver, {"driver.install"}, false);
        }
        auto b = makeState(*m_laptop, "boot-2", dir.path());
        b->session().now = [] { return QDateTime(QDate(2027, 1, 20), QTime(9, 0), Qt::UTC); };
        QVERIFY(b->session().open(false));
        QVERIFY(!b->session().restartObserved());
        QVERIFY(!b->session().rebootAwaited(StageId::Driver));
        b->setFacts(m_laptopFacts);
        QCOMPARE(b->session().notice(StageId::Driver).text, QString());
    }

    // The real root side: MokEnrollOperation through a pass-through pkexec and the testable
    // helper, with a fake mokutil that records what it got. The password the student typed in
    // the wizard reaches mokutil's stdin and nothing else; the step is journaled without it.
    void realEnrollmentThroughTheHelper()
    {
        QTemporaryDir dir;
        const QString t = dir.path();
        writeScript(t + "/bin/pkexec", "exec \"$@\"\n");
        writeScript(t + "/bin/mokutil", "printf '%s\\n' \"$*\" >> \"$MOK_CALLS\"\n"
                                        "IFS= read -r a || exit 2\n"
                                        "IFS= read -r b || exit 2\n"
                                        "[ \"$a\" = \"$b\" ] || exit 1\n"
                                        "printf '%s' \"$a\" > \"$MOK_STDIN\"\n");
        const QString key = t + "/root/var/lib/shim-signed/mok/MOK.der";
        writeFile(key, fixture("mok/MOK.der"));
        for (QString d = QFileInfo(key).path(); d != t; d = QFileInfo(d).path())
            QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                         QFile::ExeOther);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                       QFile::ReadOther);
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", (t + "/bin:").toUtf8() + oldPath);
        qputenv("GPUSETUP_HELPER_TEST_ROOT", (t + "/root").toUtf8());
        qputenv("GPUSETUP_HELPER_LOG", (t + "/helper.log").toUtf8());
        qputenv("MOK_CALLS", (t + "/mok-calls").toUtf8());
        qputenv("MOK_STDIN", (t + "/mok-stdin").toUtf8());
        auto restore = qScopeGuard([&] {
            qputenv("PATH", oldPath);
            for (const char *v :
                 {"GPUSETUP_HELPER_TEST_ROOT", "GPUSETUP_HELPER_LOG", "MOK_CALLS", "MOK_STDIN"})
                qunsetenv(v);
        });

        auto s = makeState(*m_laptop, "boot-1", t); // the default factory: MokEnrollOperation
        s->actionDefaults.pkexec = t + "/bin/pkexec";
        s->actionDefaults.helperPath = QStringLiteral(GPUSETUP_HELPER_TESTABLE);
        s->actionDefaults.helperTestRoot = t + "/root";
        s->setFacts(m_laptopFacts);
        Plan plan = s->plan();
        for (StagePlan &sp : plan.stages)
            if (sp.id == StageId::Driver) {
                QList<Step> keep;
                for (const Step &st : sp.steps)
                    if (st.id == "driver.enroll-mok" || StageModel::isRestartStep(st.id))
                        keep << st;
                sp.steps = keep;
            }
        s->setPlan(plan);
        StageModel m(*s, StageId::Driver);
        QVERIFY2(m.commandText().contains(GPUSETUP_HELPER_TESTABLE " enroll-mok"),
                 qPrintable(m.commandText()));
        QVERIFY(m.commandText().contains("mokutil --import"));
        m.dkmsModuleInstalled = [] { return std::optional<bool>(true); };
        QSignalSpy asked(&m, &StageModel::passwordNeeded);
        QSignalSpy done(&m, &StageModel::runFinished);
        m.run();
        QVERIFY(asked.count() || asked.wait(5000));
        m.providePassword("Secure12");
        QVERIFY(done.count() || done.wait(20000));
        QVERIFY2(done.first().first().toBool(), qPrintable(m.lastMessage()));
        QCOMPARE(readAll(t + "/mok-stdin"), QByteArray("Secure12"));
        QVERIFY(readAll(t + "/mok-calls").startsWith("--import " + key.toUtf8()));
        QVERIFY(m.awaitingReboot());
        QVERIFY(m.mokPending());
        const JournalEntry e = s->journal().first();
        QCOMPARE(e.id, QString("driver.enroll-mok"));
        QCOMPARE(e.outcome, QString("ok"));
        QVERIFY(!QByteArray::fromStdString(Json(e).dump()).contains("Secure12"));
    }

    // `gpu-setup report` reads the same journal the wizard wrote (no --journal given).
    void cliReportShowsWizardActions()
    {
        QTemporaryDir dir;
        const QString stateHome = dir.filePath("xdg-state");
        {
            auto a = makeState(*m_laptop, "boot-1", dir.path());
            a->session().stateDir = stateHome + "/gpu-setup"; // Journal::stateDir with the env
            a->session().open(false);
            JournalEntry e;
            e.id = "driver.install";
            e.title = "Install the NVIDIA 580 driver";
            e.outcome = "ok";
            e.startedAt = "2026-12-08T10:00:00Z";
            e.commands = {"pkexec /usr/libexec/gpu-setup/gpu-setup-helper ubuntu-drivers-install "
                          "nvidia:580"};
            a->addJournalEntry(e);
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_STATE_HOME", stateHome);
        env.insert("HOME", dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GPUSETUP_BINARY), {"report", "--format", "json", "--timeout", "5"});
        QVERIFY(p.waitForFinished(120000));
        const Json j = Json::parse(p.readAllStandardOutput().toStdString());
        bool found = false;
        for (const Json &a : j["actions"])
            found = found || a["id"] == "driver.install";
        QVERIFY2(found, p.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestWizardSession)
#include "tst_wizard_session.moc"
