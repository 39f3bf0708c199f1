// The interim front end under the offscreen platform: probing off the GUI thread, Re-check,
// and a live switch to Chinese that leaves no visible English behind.
#include "FactsWindow.h"
#include "host/SnapshotHost.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace gpusetup;

class TestFactsWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SnapshotHost> m_host;

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.path() + "/fs/etc");
        QFile f(m_dir.path() + "/fs/etc/hostname");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lab-pc-07\n");
        f.close();
        QFile h(m_dir.path() + "/host.json");
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write(R"({"user":"student","home":"/home/student","env":{"PATH":"/usr/bin"}})");
        h.close();
        QString error;
        m_host = SnapshotHost::open(m_dir.path(), &error);
        QVERIFY2(m_host, qPrintable(error));
    }

    void showsFactsAndRechecks()
    {
        FactsWindow w(*m_host);
        QSignalSpy spy(&w, &FactsWindow::checked);
        w.show();
        QVERIFY(spy.wait(10000));
        QVERIFY(w.text().contains("lab-pc-07"));
        QVERIFY(!w.isChecking());
        w.recheck();
        QVERIFY(w.isChecking());
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 2);
    }

    void switchesToChineseLive()
    {
        FactsWindow w(*m_host);
        QSignalSpy spy(&w, &FactsWindow::checked);
        QVERIFY(spy.wait(10000));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/gpu-setup_zh_CN.qm")));
        QApplication::installTranslator(&zh);
        QTRY_COMPARE(w.windowTitle(), QStringLiteral("GPU 环境配置向导"));
        // Every visible label and button now speaks Chinese (the findings text itself is data).
        for (auto *b : w.findChildren<QAbstractButton *>())
            QVERIFY2(b->text().contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]")),
                     qPrintable(b->text()));
        for (auto *l : w.findChildren<QLabel *>())
            QVERIFY2(l->text().contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]")),
                     qPrintable(l->text()));
        QApplication::removeTranslator(&zh);
        QTRY_COMPARE(w.windowTitle(), QStringLiteral("GPU Setup Wizard"));
    }
};

QTEST_MAIN(TestFactsWindow)
#include "tst_gui_factswindow.moc"
