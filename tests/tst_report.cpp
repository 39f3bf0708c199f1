// The setup report: golden JSON + Markdown for snapshot hosts (English and Chinese), the JSON
// round trip and its refusals, redaction in every format (PDF through pdftotext), the PDF's
// Chinese, `report --read`, and the blocking stage at the very top.
#include "TestSnapshot.h"
#include "advice/Advisor.h"
#include "knowledge/Knowledge.h"
#include "report/Report.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace gpusetup;
using namespace gpusetup::test;

namespace {

// Hosts with a golden report: a working machine, a stuck driver, no GPU, a server with
// serials, a WSL laptop with a personal user name, a workstation whose cards gpus.json does not
// list (named by NVML) and a new laptop named from NVIDIA's id table before any driver.
const QStringList kGoldenHosts{"ubuntu2204-rtx3060-drv535",
                               "ubuntu2204-driver-mismatch",
                               "vm-ubuntu2404-nogpu",
                               "server-4x-k80-two-toolkits",
                               "wsl2-rtx4060-laptop",
                               "workstation-2x-rtx-a5000-drv590",
                               "laptop-rtx5060-ubuntu2204-nouveau-secureboot"};
const QStringList kZhHosts{"ubuntu2204-rtx3060-drv535", "ubuntu2204-driver-mismatch",
                           "vm-ubuntu2404-nogpu"};

// A journal as the wizard would leave it: one profile edit with its backup, one command.
QString writeJournal(const QString &dir)
{
    JournalEntry e;
    e.id = "toolkit.profile";
    e.title = "Put CUDA 12.4 on PATH";
    e.outcome = "ok";
    e.startedAt = "2026-01-01T10:00:00Z";
    e.elapsedMs = 12;
    e.commands = {"edit /home/student/.bashrc"};
    e.changes = {{"file-modified", "/home/student/.bashrc",
                  "/home/student/.local/state/gpu-setup/backup/bashrc.1", "managed block"}};
    e.message = "PATH now includes /usr/local/cuda-12.4/bin.";
    JournalEntry c;
    c.id = "python.create-env";
    c.title = "Create the conda environment \"dl\"";
    c.outcome = "failed";
    c.startedAt = "2026-01-01T10:01:00Z";
    c.elapsedMs = 3050;
    c.commands = {"/home/student/miniconda3/bin/conda create -y -n dl python=3.12"};
    c.message = "conda could not reach the channel.";
    Journal j(dir + "/journal.json");
    j.append(e);
    j.append(c);
    return j.path();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Compares with the golden file, or rewrites it under GPUSETUP_UPDATE_GOLDEN=1.
void checkGolden(const QString &path, const QByteArray &actual)
{
    const QString mismatch =
        test::goldenMismatch(path, actual,
                             QDir::tempPath() + "/" + QFileInfo(path).dir().dirName() + "-" +
                                 QFileInfo(path).fileName() + ".actual");
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

// The identities a report must not show: from host.json, fs/etc/hostname and the
// nvidia-smi XML recorded in the snapshot.
QStringList identities(const QString &hostName)
{
    const QString dir = hostsDir() + "/" + hostName;
    const Json j = Json::parse(readAll(dir + "/host.json").toStdString());
    QStringList ids{QString::fromStdString(j["user"].get<std::string>()),
                    QString::fromStdString(j["home"].get<std::string>()),
                    QString::fromUtf8(readAll(dir + "/fs/etc/hostname")).trimmed()};
    static const QRegularExpression re("<(serial|uuid)>([^<]+)</(serial|uuid)>");
    for (const QString &f : QDir(dir + "/cmd").entryList(QDir::Files)) {
        const QString text = QString::fromUtf8(readAll(dir + "/cmd/" + f));
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QString v = it.next().captured(2).trimmed();
            if (v != "N/A" && !v.isEmpty() && !ids.contains(v)) ids << v;
        }
    }
    return ids;
}

bool containsWord(const QString &text, const QString &word)
{
    const QRegularExpression re("(?<![A-Za-z0-9_])" + QRegularExpression::escape(word) +
                                "(?![A-Za-z0-9_])");
    return re.match(text).hasMatch();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    if (!p.waitForFinished(30000)) return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool hasPdftotext()
{
    return !QStandardPaths::findExecutable("pdftotext").isEmpty();
}

bool hasCjk(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) return true;
    return false;
}

// An in-process report of a snapshot host, with a verify run and a journal.
SetupReport inProcessReport(const QString &hostName, bool redact)
{
    auto host = SnapshotHost::open(hostsDir() + "/" + hostName, nullptr);
    ReportInput in;
    in.facts = probeAll(*host, ProbeOptions{1000});
    in.plan = advise(in.facts, Knowledge::builtin(), Choices{});
    VerifyReport v;
    v.startedAt = "2026-01-01T10:02:00Z";
    for (const DriverGpu &g : in.facts.driver.gpus)
        v.checks << VerifyCheck{"nvidia-smi",
                                "NVIDIA driver (nvidia-smi)",
                                "pass",
                                40,
                                g.name + " " + g.uuid + " serial " + g.serial,
                                "$ nvidia-smi\n" + g.uuid};
    v.checks << VerifyCheck{"torch-cuda",
                            "PyTorch sees the GPU",
                            "fail",
                            900,
                            "PyTorch 2.5.1+cpu is a CPU-only build: it cannot use the GPU.",
                            "$ " + in.facts.machine.home + "/miniconda3/envs/dl/bin/python -c"};
    in.verify = v;
    in.environment.insert("PATH", in.facts.machine.home + "/miniconda3/bin:/usr/bin");
    in.log = "[info] probed on " + in.facts.machine.hostName + " as " + in.facts.machine.user;
    in.redact = redact;
    return buildReport(in);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Only GPUSETUP_UPDATE_GOLDEN=1 rewrites a golden (tst_doctor, tst_plan and this file share
    // test::goldenMismatch); "0", "", "yes" or no variable compare and report the difference.
    void goldenSwitch_data()
    {
        QTest::addColumn<QByteArray>("value"); // null: the variable is not set
        QTest::addColumn<bool>("rewrites");
        QTest::newRow("1") << QByteArray("1") << true;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("yes") << QByteArray("yes") << false;
        QTest::newRow("unset") << QByteArray() << false;
    }
    void goldenSwitch()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, rewrites);
        QTemporaryDir tmp;
        const QString golden = tmp.filePath(QStringLiteral("report.md"));
        QFile f(golden);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old golden\n");
        f.close();
        const QByteArray saved = qgetenv("GPUSETUP_UPDATE_GOLDEN");
        const bool wasSet = qEnvironmentVariableIsSet("GPUSETUP_UPDATE_GOLDEN");
        if (value.isNull())
            qunsetenv("GPUSETUP_UPDATE_GOLDEN");
        else
            qputenv("GPUSETUP_UPDATE_GOLDEN", value);
        const QString mismatch =
            goldenMismatch(golden, "new output\n", tmp.filePath(QStringLiteral("actual")));
        if (wasSet)
            qputenv("GPUSETUP_UPDATE_GOLDEN", saved);
        else
            qunsetenv("GPUSETUP_UPDATE_GOLDEN");
        QCOMPARE(mismatch.isEmpty(), rewrites);
        QCOMPARE(readAll(golden),
                 rewrites ? QByteArray("new output\n") : QByteArray("old golden\n"));
        if (!rewrites)
            QCOMPARE(readAll(tmp.filePath(QStringLiteral("actual"))), QByteArray("new output\n"));
    }

    void initTestCase()
    {
        // Reproducible timestamps, and no real state folder.
        qputenv("SOURCE_DATE_EPOCH", "1767225600");
        qputenv("XDG_STATE_HOME", QByteArray(QDir::tempPath().toUtf8() + "/gpu-setup-test-state"));
        QVERIFY(m_tmp.isValid());
        m_journal = writeJournal(m_tmp.path());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("lang");
        for (const QString &h : kGoldenHosts)
            QTest::newRow(qPrintable(h + "/en")) << h << "en";
        for (const QString &h : kZhHosts)
            QTest::newRow(qPrintable(h + "/zh_CN")) << h << "zh_CN";
    }
    // `gpu-setup report` on each host, as JSON and Markdown, against report[.zh_CN].{json,md}.
    void golden()
    {
        QFETCH(QString, host);
        QFETCH(QString, lang);
        const QString dir = hostsDir() + "/" + host;
        const QString suffix = lang == "en" ? QString() : "." + lang;
        QStringList common{"report", "--host", dir, "--lang", lang};
        if (host == kGoldenHosts.first()) common << "--journal" << m_journal;
        for (const QString fmt : {"json", "md"}) {
            int rc = -1;
            QByteArray err;
            const QByteArray out = runCli(common + QStringList{"--format", fmt}, &rc, &err);
            QVERIFY2(rc == 0 || rc == 1, err.constData());
            checkGolden(dir + "/report" + suffix + "." + fmt, out);
        }
        // The JSON golden reads back, and writes out byte for byte the same.
        QString error;
        const auto r = readReport(readAll(dir + "/report" + suffix + ".json"), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(reportJson(*r), readAll(dir + "/report" + suffix + ".json"));
        // And the Markdown golden is the rendering of the JSON golden alone (headings are in
        // the reader's language: this process loads no translation, so English only).
        if (lang == "en")
            QCOMPARE(reportMarkdown(*r).toUtf8(), readAll(dir + "/report" + suffix + ".md"));
        // The summary the wizard copies for the TA: exactly the top of the text rendering,
        // every stage and the headline in it, none of the facts below.
        const QString summary = reportSummaryText(*r), text = reportText(*r);
        QVERIFY(text.startsWith(summary));
        QVERIFY(summary.size() < text.size());
        QVERIFY(summary.contains(r->headline));
        for (const ReportStage &st : r->stages)
            QVERIFY2(summary.contains(st.title), qPrintable(st.title));
        if (!r->resolution.isEmpty()) QVERIFY(summary.contains(r->resolution));
        // (this process loads no translation: the headings are English in both languages)
        QVERIFY(text.mid(summary.size()).startsWith(QLatin1String("\nFacts\n")));
        QVERIFY(!summary.contains(QLatin1String("\nFacts\n")));
    }

    // Chinese goldens: the same stages and facts as the English ones, with Chinese headings.
    // (Advice sentences come translated from core where its translation has them.)
    void chineseStructure_data()
    {
        QTest::addColumn<QString>("host");
        for (const QString &h : kZhHosts)
            QTest::newRow(qPrintable(h)) << h;
    }
    void chineseStructure()
    {
        QFETCH(QString, host);
        const QString dir = hostsDir() + "/" + host;
        const auto en = readReport(readAll(dir + "/report.json"), nullptr);
        const auto zh = readReport(readAll(dir + "/report.zh_CN.json"), nullptr);
        QVERIFY(en && zh);
        QCOMPARE(zh->language, QStringLiteral("zh_CN"));
        QCOMPARE(zh->stages.size(), en->stages.size());
        QCOMPARE(zh->overall, en->overall);
        QCOMPARE(zh->blockingStage, en->blockingStage);
        for (int i = 0; i < zh->stages.size(); ++i) {
            QCOMPARE(zh->stages[i].id, en->stages[i].id);
            QCOMPARE(zh->stages[i].state, en->stages[i].state);
        }
        QCOMPARE(zh->facts.size(), en->facts.size());
        for (const ReportSection &s : zh->facts)
            if (s.id != "cudnn" && s.id != "conda" && s.id != "gpus")
                QVERIFY2(hasCjk(s.title), qPrintable(s.title));
        const QString md = QString::fromUtf8(readAll(dir + "/report.zh_CN.md"));
        for (const char *heading : {"# GPU 环境配置报告", "## 摘要", "## 验证", "## 检测结果",
                                    "## 已执行的操作", "| 步骤 | 结果 | 问题 | 解决办法 |"})
            QVERIFY2(md.contains(QString::fromUtf8(heading)), heading);
        QVERIFY(md.contains(QString::fromUtf8("结果：")));
    }

    // A TA reads the first lines: the blocking stage and what to do are there.
    void blockingStageFirst_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("resolutionPart");
        QTest::newRow("mismatch") << "ubuntu2204-driver-mismatch"
                                  << "driver"
                                  << "Reboot";
        QTest::newRow("nogpu") << "vm-ubuntu2404-nogpu"
                               << "gpu"
                               << "cloud notebook";
        QTest::newRow("rtx3060") << "ubuntu2204-rtx3060-drv535"
                                 << "python-env"
                                 << "Create the conda environment";
    }
    void blockingStageFirst()
    {
        QFETCH(QString, host);
        QFETCH(QString, stage);
        QFETCH(QString, resolutionPart);
        const auto r = readReport(readAll(hostsDir() + "/" + host + "/report.json"), nullptr);
        QVERIFY(r);
        QCOMPARE(r->blockingStage, stage);
        QCOMPARE(r->overall, QStringLiteral("fail"));
        int blocking = 0;
        for (const ReportStage &s : r->stages)
            blocking += s.blocking ? 1 : 0;
        QCOMPARE(blocking, 1);
        const QStringList top = QString::fromUtf8(readAll(hostsDir() + "/" + host + "/report.md"))
                                    .split('\n')
                                    .mid(0, 7);
        const QString head = top.join('\n');
        QVERIFY2(head.contains(r->stages.value(0).title) || head.contains("stuck at stage"),
                 qPrintable(head));
        QVERIFY2(head.contains(resolutionPart), qPrintable(head));
        QVERIFY2(head.contains("What to do:"), qPrintable(head));
    }

    // In memory: write -> read -> equal, with verify, journal and log present.
    // Issue 12, break 9: once the plan's environment exists, the report says how to use it
    // with its real name, in every format; before that it says nothing of the kind.
    void nextStepNamesTheEnv()
    {
        auto host = SnapshotHost::open(hostsDir() + "/ubuntu1804-gtx1070-cuda10", nullptr);
        QVERIFY(host);
        ReportInput in;
        in.facts = probeAll(*host, ProbeOptions{1000});
        Choices c;
        c.framework = Framework::None;
        c.envName = "pytorch"; // the tutorial's env, which exists there
        in.plan = advise(in.facts, Knowledge::builtin(), c);
        in.redact = false;
        const SetupReport r = buildReport(in);
        const QString line = "Open a new terminal, then run: conda activate pytorch";
        QCOMPARE(r.nextStep, line);
        QVERIFY(reportMarkdown(r).contains(line));
        QVERIFY(reportHtml(r).contains(line));
        QVERIFY(reportText(r).contains(line));
        QVERIFY(reportSummaryText(r).contains(line));
        QCOMPARE(readReport(reportJson(r), nullptr)->nextStep, line);
        in.plan = advise(in.facts, Knowledge::builtin(), Choices{}); // "dl": not made yet
        QCOMPARE(buildReport(in).nextStep, QString());
    }

    void roundTrip()
    {
        const SetupReport r = inProcessReport("server-4x-k80-two-toolkits", true);
        QVERIFY(r.verify);
        QString error;
        const auto back = readReport(reportJson(r), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == r);
        QCOMPARE(reportJson(*back), reportJson(r));
        QCOMPARE(back->data["facts"]["schema"].get<int>(), 1);
        // The machine-readable originals read back as typed facts and plan.
        const Facts f = back->data["facts"].get<Facts>();
        QCOMPARE(f.driver.gpus.size(), 4);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not-json") << QByteArray("# a markdown file\n") << "not a gpu-setup report";
        QTest::newRow("other-json")
            << QByteArray(R"({"schema": 1, "machine": {}})") << "not a gpu-setup report";
        QTest::newRow("doctor-json")
            << readAll(hostsDir() + "/vm-ubuntu2404-nogpu/doctor.json") << "not a gpu-setup report";
        QTest::newRow("newer-schema")
            << QByteArray(R"({"format": "gpu-setup-report", "schema": 2, "stages": []})")
            << "newer gpu-setup (report schema 2";
        QTest::newRow("no-schema")
            << QByteArray(R"({"format": "gpu-setup-report"})") << "no schema version";
        QTest::newRow("damaged") << QByteArray(R"({"format": "gpu-setup-report", "schema": 1})")
                                 << "damaged";
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!readReport(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(error.count('.') >= 1 && !error.contains('\n'), true);
        // The CLI says it in one sentence and exits 2.
        QTemporaryDir tmp;
        writeFile(tmp.path() + "/r.json", bytes);
        int rc = -1;
        QByteArray err;
        runCli({"report", "--read", tmp.path() + "/r.json"}, &rc, &err);
        QCOMPARE(rc, 2);
        QVERIFY2(QString::fromUtf8(err).contains(errorPart), err.constData());
        QCOMPARE(err.count('\n'), 2);
    }

    // No user name, host name, home folder, GPU UUID or serial in any format.
    void redaction_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("format");
        for (const QString h :
             {"server-4x-k80-two-toolkits", "wsl2-rtx4060-laptop", "ubuntu2204-rtx3060-drv535"})
            for (const QString f : {"json", "md", "html", "text", "pdf"})
                QTest::newRow(qPrintable(h + "/" + f)) << h << f;
    }
    void redaction()
    {
        QFETCH(QString, host);
        QFETCH(QString, format);
        if (format == "pdf" && !hasPdftotext()) QSKIP("pdftotext (poppler-utils) is missing");
        const QStringList ids = identities(host);
        QVERIFY(ids.size() >= 3);
        QTemporaryDir tmp;
        const QString file = tmp.path() + "/r." + (format == "text" ? "txt" : format);
        for (bool redact : {true, false}) {
            QStringList args{"report", "--host",    hostsDir() + "/" + host,
                             "-o",     file,        "--lang",
                             "en",     "--journal", m_journal};
            if (!redact) args << "--no-redact";
            int rc = -1;
            QByteArray err;
            runCli(args, &rc, &err);
            QVERIFY2(rc == 0 || rc == 1, err.constData());
            const QString text = format == "pdf" ? pdfText(file) : QString::fromUtf8(readAll(file));
            QVERIFY2(text.size() > 500, qPrintable(format + ": " + text.left(200)));
            if (redact) {
                for (const QString &id : ids)
                    QVERIFY2(!containsWord(text, id),
                             qPrintable(QStringLiteral("%1 shows \"%2\"").arg(format, id)));
                QVERIFY(text.contains("<home>") || text.contains("&lt;home&gt;"));
            } else {
                // --no-redact keeps them: the host name at least is there.
                QVERIFY2(containsWord(text, ids.at(2)), qPrintable(ids.at(2)));
            }
        }
    }

    // The in-memory path too: verify details, the log and env values are redacted, with
    // consistent numbering (GPU 0's UUID is GPU-UUID-1 wherever it appears).
    void redactionConsistent()
    {
        const SetupReport r = inProcessReport("server-4x-k80-two-toolkits", true);
        const QString json = QString::fromUtf8(reportJson(r));
        for (const QString &id : identities("server-4x-k80-two-toolkits"))
            QVERIFY2(!containsWord(json, id), qPrintable(id));
        QVERIFY(r.verify->checks.first().summary.contains("GPU-UUID-1 serial SERIAL-1"));
        QVERIFY(r.verify->checks.first().details.contains("GPU-UUID-1"));
        QVERIFY(json.contains("GPU-UUID-4"));
        QVERIFY(r.log.contains("probed on <host> as <user>"));
        const SetupReport raw = inProcessReport("server-4x-k80-two-toolkits", false);
        QVERIFY(!raw.redacted);
        QVERIFY(raw.log.contains("gpu-node-03"));
    }

    // A student logged in as root on a stock "ubuntu" host: those names identify nobody, and
    // replacing them would garble the report ("ubuntu-drivers", "the root of"). The home
    // folder /root is still replaced, and a real user / host name next to them is.
    void redactionCommonNames_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("expected");
        const QString line = QStringLiteral(
            "probed on %1 as %2: ubuntu-drivers said the root of %3/miniconda3 is fine; "
            "sudo -u root; debian and localhost");
        QTest::newRow("root on ubuntu") << "root"
                                        << "ubuntu"
                                        << "/root" << line.arg("ubuntu", "root", "<home>");
        QTest::newRow("root on debian") << "root"
                                        << "debian"
                                        << "/root" << line.arg("debian", "root", "<home>");
        QTest::newRow("ana on localhost")
            << "ana"
            << "localhost"
            << "/home/ana" << line.arg("localhost", "<user>", "<home>");
        QTest::newRow("root on lab-pc-7") << "root"
                                          << "lab-pc-7"
                                          << "/root" << line.arg("<host>", "root", "<home>");
    }
    void redactionCommonNames()
    {
        QFETCH(QString, user);
        QFETCH(QString, hostName);
        QFETCH(QString, home);
        QFETCH(QString, expected);
        SetupReport r = inProcessReport("ubuntu2204-rtx3060-drv535", false);
        Facts facts;
        facts.machine.user = user;
        facts.machine.hostName = hostName;
        facts.machine.home = home;
        r.log = QStringLiteral("probed on %1 as %2: ubuntu-drivers said the root of "
                               "%3/miniconda3 is fine; sudo -u root; debian and localhost")
                    .arg(hostName, user, home);
        redactReport(r, facts);
        QVERIFY(r.redacted);
        QCOMPARE(r.log, expected);
    }

    // The PDF renders without a display, and its Chinese is real text (a CJK font was found).
    void pdfChinese()
    {
        if (!hasPdftotext()) QSKIP("pdftotext (poppler-utils) is missing");
        QTemporaryDir tmp;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        p.setProcessEnvironment(env);
        p.start(GPUSETUP_BINARY, {"report", "--host", hostsDir() + "/ubuntu2204-driver-mismatch",
                                  "--lang", "zh_CN", "-o", tmp.path() + "/r.pdf"});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 1, p.readAllStandardError().constData());
        QVERIFY(readAll(tmp.path() + "/r.pdf").startsWith("%PDF-"));
        const QString text = pdfText(tmp.path() + "/r.pdf");
        for (const char *part :
             {"GPU 环境配置报告", "摘要", "结果：失败", "NVIDIA 驱动", "解决办法"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(text.left(600)));
    }

    // `report --read` shows a received report as text, with the blocking stage first.
    void readGolden()
    {
        int rc = -1;
        QByteArray err;
        const QString out = QString::fromUtf8(
            runCli({"report", "--read", hostsDir() + "/ubuntu2204-driver-mismatch/report.json"},
                   &rc, &err));
        QCOMPARE(rc, 1);
        QVERIFY2(out.startsWith("Result: FAIL, stuck at stage NVIDIA driver\n"), qPrintable(out));
        QVERIFY(out.section('\n', 2, 2).startsWith("What to do: Reboot"));
        QVERIFY(out.contains("FAIL        2. NVIDIA driver  (blocks)"));
        // Rendered from the file alone, it equals the rendering of the parsed golden.
        const auto r =
            readReport(readAll(hostsDir() + "/ubuntu2204-driver-mismatch/report.json"), nullptr);
        QCOMPARE(out, reportText(*r));
        // --read can render other formats too.
        const QByteArray md =
            runCli({"report", "--read", hostsDir() + "/ubuntu2204-driver-mismatch/report.json",
                    "--format", "md"},
                   &rc);
        QCOMPARE(md, readAll(hostsDir() + "/ubuntu2204-driver-mismatch/report.md"));
    }

    void cliUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        const QString h = hostsDir() + "/vm-ubuntu2404-nogpu";
        QTest::newRow("bad-format") << QStringList{"report", "--host", h, "--format", "docx"} << 2
                                    << "--format takes json, md, html, pdf or text";
        QTest::newRow("bad-ext") << QStringList{"report", "--host", h, "-o", "/tmp/x.docx"} << 2
                                 << "not \"docx\"";
        QTest::newRow("pdf-needs-o")
            << QStringList{"report", "--host", h, "--format", "pdf"} << 2 << "needs -o FILE";
        QTest::newRow("no-journal") << QStringList{"report", "--host", h, "--journal", "/nope.json"}
                                    << 2 << "there is no journal /nope.json";
        QTest::newRow("read-missing")
            << QStringList{"report", "--read", "/nonexistent.json"} << 2 << "cannot read";
        QTest::newRow("verify-snapshot-nothing") << QStringList{"verify", "--host", h} << 1 << "";
    }
    void cliUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        int rc = -1;
        QByteArray err;
        runCli(args, &rc, &err);
        QCOMPARE(rc, exitCode);
        QVERIFY2(QString::fromUtf8(err).contains(stderrPart), err.constData());
    }

    // The format follows the -o extension; every text format is written.
    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("json") << "r.json" << QByteArray("{\n  \"actions\"");
        QTest::newRow("md") << "r.md" << QByteArray("# GPU setup report\n");
        QTest::newRow("html") << "r.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("htm") << "r.htm" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("txt") << "r.txt" << QByteArray("Result: FAIL");
        QTest::newRow("pdf") << "r.pdf" << QByteArray("%PDF-");
    }
    void formatFromExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QTemporaryDir tmp;
        int rc = -1;
        QByteArray err;
        runCli({"report", "--host", hostsDir() + "/vm-ubuntu2404-nogpu", "--lang", "en", "-o",
                tmp.path() + "/" + name},
               &rc, &err);
        QCOMPARE(rc, 1);
        QVERIFY2(readAll(tmp.path() + "/" + name).startsWith(start), err.constData());
        QVERIFY(err.contains("Wrote"));
    }

    // The HTML stands alone: no scripts, no external resources.
    void htmlSelfContained()
    {
        const QString html = reportHtml(inProcessReport("ubuntu2204-rtx3060-drv535", true));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("src="));
        QVERIFY(!html.contains("href="));
        QVERIFY(html.contains("<style>"));
        QVERIFY(html.contains("<meta charset=\"utf-8\">"));
    }

private:
    QTemporaryDir m_tmp;
    QString m_journal;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
