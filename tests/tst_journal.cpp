// The one journal the wizard and the CLI both write: appends from two writers (two Journal
// objects, or two processes at once) never drop each other's entries; a damaged file is kept
// aside instead of being overwritten; markUndone marks the entry it was asked for.
#include "actions/Journal.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpusetup;

namespace {
JournalEntry entry(const QString &id,
                   const QString &startedAt = QStringLiteral("2026-12-08T10:00:00Z"))
{
    JournalEntry e;
    e.id = id;
    e.title = id;
    e.outcome = QStringLiteral("ok");
    e.startedAt = startedAt;
    e.commands = {QStringLiteral("true")};
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Run as a child process by concurrentProcesses(): appends COUNT entries named PREFIX-n.
    void child()
    {
        const QString path = qEnvironmentVariable("GPUSETUP_JOURNAL_CHILD");
        if (path.isEmpty()) QSKIP("only run as a child of concurrentProcesses");
        const QString prefix = qEnvironmentVariable("GPUSETUP_JOURNAL_PREFIX");
        const int count = qEnvironmentVariableIntValue("GPUSETUP_JOURNAL_COUNT");
        for (int i = 0; i < count; ++i) {
            Journal j(path); // a fresh writer each time, as the CLI is
            QString error;
            QVERIFY2(j.append(entry(QStringLiteral("%1-%2").arg(prefix).arg(i)), &error),
                     qPrintable(error));
        }
    }

    // The wizard keeps its Journal open while `gpu-setup profile apply` appends: the wizard's
    // next entry must land after the CLI's, not overwrite it with its older copy.
    void twoWritersKeepEachOthersEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state/journal.json");
        Journal wizard(path);
        QVERIFY(wizard.load());
        QVERIFY(wizard.append(entry("driver.install")));
        Journal cli(path);
        QVERIFY(cli.load());
        QVERIFY(cli.append(entry("profile.apply")));
        QVERIFY(wizard.append(entry("system.reboot")));
        Journal reader(path);
        QVERIFY(reader.load());
        QStringList ids;
        for (const JournalEntry &e : reader.entries())
            ids << e.id;
        QCOMPARE(ids, (QStringList{"driver.install", "profile.apply", "system.reboot"}));
        QCOMPARE(wizard.entries().size(), 3); // the writer sees what is in the file now
    }

    // Four processes appending 25 entries each at the same time: all 100 arrive, each once.
    void concurrentProcesses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.json");
        QList<QProcess *> children;
        for (int c = 0; c < 4; ++c) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("GPUSETUP_JOURNAL_CHILD", path);
            env.insert("GPUSETUP_JOURNAL_PREFIX", QStringLiteral("w%1").arg(c));
            env.insert("GPUSETUP_JOURNAL_COUNT", "25");
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(), {"child"});
            children << p;
        }
        for (QProcess *p : children) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        Journal j(path);
        QString error;
        QVERIFY2(j.load(&error), qPrintable(error));
        QSet<QString> ids;
        for (const JournalEntry &e : j.entries())
            ids.insert(e.id);
        QCOMPARE(j.entries().size(), 100);
        QCOMPARE(ids.size(), 100);
        QVERIFY(!QFile::exists(path + ".lock")); // released by every writer
    }

    // A writer killed between creating journal.json.lock and writing its PID into it leaves an
    // empty lock nobody can check. Seen: tst_profile's kill loop, after which the next
    // `profile apply` waited 15 s and then dropped its journal entry. Such a lock is taken over
    // once it is a few seconds old, not after a minute.
    void emptyLockLeftByKilledWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.json");
        QFile lock(path + ".lock");
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                                 QFileDevice::FileModificationTime));
        lock.close();
        Journal j(path);
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY2(j.append(entry("driver.install"), &error), qPrintable(error));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        Journal again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.entries().size(), 1);
    }

    // A damaged journal is not silently replaced: its bytes stay beside the new one.
    void damagedFileKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": 1, \"entries\": [ {broken");
        f.close();
        Journal j(path);
        QString error;
        QVERIFY2(j.append(entry("driver.install"), &error), qPrintable(error));
        const QStringList aside =
            QDir(dir.path()).entryList({"journal.json.damaged-*"}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(dir.filePath(aside.first())),
                 QByteArray("{\"schema\": 1, \"entries\": [ {broken"));
        Journal again(path);
        QVERIFY(again.load(&error));
        QCOMPARE(again.entries().size(), 1);
    }

    // markUndone re-reads too, and refuses when the entry at that index is another one.
    void markUndoneUnderLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.json");
        Journal a(path);
        QVERIFY(a.append(entry("mirror.set", "2026-12-08T10:00:00Z")));
        Journal b(path);
        QVERIFY(b.load());
        QVERIFY(b.append(entry("profile.apply", "2026-12-08T10:01:00Z")));
        QString error;
        QVERIFY2(a.markUndone(0, &error), qPrintable(error));
        Journal r(path);
        QVERIFY(r.load());
        QCOMPARE(r.entries().size(), 2); // b's entry survived a's rewrite
        QCOMPARE(r.entries().at(0).outcome, QString("undone"));
        QCOMPARE(r.entries().at(1).outcome, QString("ok"));
        Journal stale; // in memory, knows nothing at index 5
        QVERIFY(!stale.markUndone(5, &error));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
