// The operation framework: commands run from argv, cancel stops the whole process tree within
// a second, dry runs touch nothing, the journal round-trips and undoes file changes.
#include "actions/CommandOperation.h"
#include "actions/Journal.h"
#include "actions/StepOperations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace gpusetup;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
// A process that has exited but whose parent (init, for an orphan) has not reaped it yet.
bool isZombie(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return true; // gone
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) == "Z";
}
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void command_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("echo") << QStringList{"sh", "-c", "echo one; echo two"} << true << "two";
        QTest::newRow("exit 3") << QStringList{"sh", "-c", "echo bad >&2; exit 3"} << false
                                << "bad";
        QTest::newRow("carriage returns")
            << QStringList{"sh", "-c", "printf '10%%\\r50%%\\r100%%\\n'"} << true << "100%";
        QTest::newRow("no trailing newline")
            << QStringList{"sh", "-c", "printf 'tail'"} << true << "tail";
        QTest::newRow("missing program") << QStringList{"/nonexistent/prog"} << false << "";
    }
    void command()
    {
        QFETCH(QStringList, argv);
        QFETCH(bool, ok);
        QFETCH(QString, lastLine);
        CommandOperation op("t.cmd", "test", argv);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(5000) || done.size() == 1);
        QCOMPARE(done.size(), 1);
        const auto r = done.first().first().value<OperationResult>();
        QCOMPARE(r.ok, ok);
        QVERIFY(!r.message.isEmpty());
        if (!lastLine.isEmpty()) QCOMPARE(op.output().last(), lastLine);
        QCOMPARE(op.journalEntry().outcome, ok ? QString("ok") : QString("failed"));
        QCOMPARE(op.journalEntry().commands, op.dryRun());
        QCOMPARE(op.state(), ok ? Operation::State::Succeeded : Operation::State::Failed);
    }

    void quoting_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringList{"apt-get", "install", "-y", "nvidia-driver-550"}
                               << "apt-get install -y nvidia-driver-550";
        QTest::newRow("space") << QStringList{"ls", "/tmp/a b"} << "ls '/tmp/a b'";
        QTest::newRow("quote") << QStringList{"echo", "it's"} << "echo 'it'\\''s'";
        QTest::newRow("empty") << QStringList{"echo", ""} << "echo ''";
        QTest::newRow("dollar") << QStringList{"echo", "$PATH"} << "echo '$PATH'";
    }
    void quoting()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, line);
        QCOMPARE(CommandOperation::quoted(argv), line);
    }

    // Cancel reaches grandchildren (an installer's own children) and finishes within 1 s.
    void cancelStopsTree()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath("child.pid");
        CommandOperation op("t.cancel", "sleepers",
                            {"sh", "-c", QString("sleep 30 & echo $! > %1; wait").arg(pidFile)});
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && !readAll(pidFile).isEmpty(), 5000);
        const qint64 child = readAll(pidFile).trimmed().toLongLong();
        QVERIFY(child > 0);
        QElapsedTimer t;
        t.start();
        op.cancel();
        QVERIFY(done.wait(2000) || done.size() == 1);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        const auto r = done.first().first().value<OperationResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(op.journalEntry().outcome, QString("cancelled"));
        // The grandchild is gone (kill 0 fails) shortly after.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(child), 0) != 0, 2000);
    }

    // A command past its time is stopped, its children too (its own process group), and
    // says so: not just "not ok" (a command that failed at once would give that).
    void timeout()
    {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath("child.pid");
        CommandOperation op("t.timeout", "slow",
                            {"sh", "-c", "sleep 20 & echo $! > \"$0\"; wait", pidFile});
        op.setTimeoutMs(300);
        QSignalSpy done(&op, &Operation::finished);
        QSignalSpy lines(&op, &Operation::logLine);
        QElapsedTimer t;
        t.start();
        op.start();
        QVERIFY(done.wait(3000) || done.size() == 1);
        const qint64 ms = t.elapsed();
        const OperationResult r = done.first().first().value<OperationResult>();
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.message, QStringLiteral("The command took too long and was stopped."));
        QVERIFY2(ms >= 250 && ms < 2000, qPrintable(QString::number(ms))); // coarse timer: 5%
        QStringList said;
        for (const QList<QVariant> &l : lines)
            said << l.first().toString();
        QVERIFY2(said.contains("Stopped after 0 s without finishing."), qPrintable(said.join('|')));
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const pid_t child = pid_t(f.readAll().trimmed().toInt());
        QVERIFY(child > 0);
        // The background sleep went with the group (it is reaped by init, so poll briefly).
        QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0 || isZombie(child), 2000);
    }

    void dryRunTouchesNothing()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath("made");
        CommandOperation op("t.dry", "touch", {"touch", marker});
        op.setDryRun(true);
        QSignalSpy lines(&op, &Operation::logLine);
        QSignalSpy done(&op, &Operation::finished);
        op.start();
        QVERIFY(done.wait(2000) || done.size() == 1);
        QVERIFY(done.first().first().value<OperationResult>().ok);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().first().toString(), QString("touch ") + marker);
        QCOMPARE(op.journalEntry().outcome, QString("dry-run"));
    }

    void stepFactory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("privileged");
        QTest::addColumn<bool>("made");
        QTest::newRow("command") << "command" << false << true;
        QTest::newRow("download") << "download" << false << true;
        QTest::newRow("manual") << "manual" << false << false;
    }
    void stepFactory()
    {
        QFETCH(QString, kind);
        QFETCH(bool, privileged);
        QFETCH(bool, made);
        Step s;
        s.id = "x." + kind;
        s.kind = kind;
        s.privileged = privileged;
        s.argv = {"true"};
        s.url = "https://example.invalid/f";
        s.path = "/tmp/f";
        s.sha256 = QString(64, 'a');
        ActionContext ctx;
        ctx.dryRun = true;
        QString why;
        auto op = operationForStep(s, ctx, &why);
        QCOMPARE(bool(op), made);
        if (made) {
            QVERIFY(op->isDryRun());
            QCOMPARE(op->id(), s.id);
            QVERIFY(!op->dryRun().isEmpty());
        } else {
            QVERIFY(!why.isEmpty());
        }
    }

    // On a simulated machine (ActionContext::root, the journeys) the toolkit's verify step
    // runs the nvcc under that root, not a /usr/local/cuda-13.0/bin/nvcc of this computer.
    void commandProgramUnderRoot()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString machinePath = "/opt/gpusetup-test-cuda-13.0/bin/nvcc";
        QVERIFY(QDir().mkpath(root.path() + "/opt/gpusetup-test-cuda-13.0/bin"));
        QFile nvcc(root.path() + machinePath);
        QVERIFY(nvcc.open(QIODevice::WriteOnly));
        nvcc.write("#!/bin/sh\necho 'Cuda compilation tools, release 13.0, V13.0.88'\n");
        nvcc.close();
        QVERIFY(nvcc.setPermissions(nvcc.permissions() | QFileDevice::ExeOwner));
        Step s;
        s.id = "toolkit.verify";
        s.kind = "command";
        s.argv = {machinePath, "-V"};
        s.description = "nvcc";
        ActionContext ctx;
        ctx.root = root.path();
        auto op = operationForStep(s, ctx);
        QVERIFY(op);
        QSignalSpy done(op.get(), &Operation::finished);
        op->start();
        QVERIFY(done.wait(5000) || done.size() == 1);
        const auto r = done.first().first().value<OperationResult>();
        QVERIFY2(r.ok, qPrintable(r.message + "\n" + r.details));
        QCOMPARE(static_cast<CommandOperation *>(op.get())->output().last(),
                 QString("Cuda compilation tools, release 13.0, V13.0.88"));
        // A path already inside the root is itself (the root is visible at its own path).
        s.argv = {root.path() + machinePath, "-V"};
        op = operationForStep(s, ctx);
        QCOMPARE(op->dryRun().first(), CommandOperation::quoted(s.argv));
    }

    void journalRoundTripAndUndo()
    {
        QTemporaryDir dir;
        const QString created = dir.filePath("new.txt");
        const QString modified = dir.filePath("old.txt");
        const QString backup = dir.filePath("old.txt.bak");
        const QString madeDir = dir.filePath("made");
        write(created, "new");
        write(modified, "changed");
        write(backup, "orig\r\nno newline");
        QDir().mkpath(madeDir + "/inner");
        QFile::setPermissions(modified, QFile::ReadOwner | QFile::WriteOwner);

        JournalEntry e;
        e.id = "t.edit";
        e.outcome = "ok";
        e.commands = {"edit " + modified};
        e.changes = {{"dir-created", madeDir, {}, {}},
                     {"file-created", created, {}, {}},
                     {"file-modified", modified, backup, "profile"}};
        Journal j(dir.filePath("state/journal.json"));
        QString err;
        QVERIFY2(j.append(e, &err), qPrintable(err));
        Journal again(j.path());
        QVERIFY2(again.load(&err), qPrintable(err));
        QCOMPARE(again.entries().size(), 1);
        QCOMPARE(again.entries().first(), e);

        QVERIFY(Journal::undoChanges(again.entries().first().changes).isEmpty());
        QVERIFY(!QFile::exists(created));
        QVERIFY(!QFile::exists(madeDir));
        QCOMPARE(readAll(modified), QByteArray("orig\r\nno newline"));
        QCOMPARE(QFileInfo(modified).permissions() & 0x7077,
                 QFileDevice::Permissions(QFile::ReadOwner | QFile::WriteOwner) & 0x7077);
        QVERIFY(again.markUndone(0, &err));

        // A backup that vanished is reported, not silently ignored.
        QStringList problems =
            Journal::undoChanges({{"file-modified", modified, backup + ".gone", {}}});
        QCOMPARE(problems.size(), 1);
    }

    void damagedJournal()
    {
        QTemporaryDir dir;
        write(dir.filePath("j.json"), "{not json");
        Journal j(dir.filePath("j.json"));
        QString err;
        QVERIFY(!j.load(&err));
        QVERIFY(err.contains("damaged"));
        Journal missing(dir.filePath("none.json"));
        QVERIFY(missing.load(&err));
        QVERIFY(missing.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
