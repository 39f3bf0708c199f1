// Power-supply sizing: the tutorial's own example and the usual cards.
#include "advice/Psu.h"

#include <QtTest>

using namespace gpusetup;

class TestPsu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizing_data()
    {
        QTest::addColumn<int>("gpuW");
        QTest::addColumn<int>("cpuW");
        QTest::addColumn<int>("currentW");
        QTest::addColumn<int>("recommendedW");
        QTest::addColumn<int>("minimumW");
        QTest::addColumn<bool>("enough");
        QTest::addColumn<int>("plugs");
        // The tutorial: a GTX 1070 (150 W) into a box with a 400 W unit needs a 600 W unit.
        QTest::newRow("gtx1070-400w") << 150 << 95 << 400 << 600 << 450 << false << 1;
        QTest::newRow("gtx1070-650w") << 150 << 95 << 650 << 600 << 450 << true << 1;
        QTest::newRow("gtx1050ti-slot-only") << 75 << 65 << 300 << 500 << 300 << false << 0;
        QTest::newRow("rtx3060") << 170 << 65 << 650 << 600 << 450 << true << 1;
        QTest::newRow("rtx3090-750w") << 350 << 125 << 750 << 850 << 700 << false << 2;
        QTest::newRow("rtx4090-1000w") << 450 << 125 << 1000 << 950 << 850 << true << 3;
        QTest::newRow("unknown-cpu-uses-default") << 150 << 0 << 0 << 600 << 450 << false << 1;
    }
    void sizing()
    {
        QFETCH(int, gpuW);
        QFETCH(int, cpuW);
        QFETCH(int, currentW);
        QFETCH(int, recommendedW);
        QFETCH(int, minimumW);
        QFETCH(bool, enough);
        QFETCH(int, plugs);
        const PsuAdvice a = recommendPsu(gpuW, cpuW, currentW);
        QCOMPARE(a.recommendedW, recommendedW);
        QCOMPARE(a.minimumW, minimumW);
        QCOMPARE(a.currentEnough, enough);
        QCOMPARE(a.auxConnectors8Pin, plugs);
        QVERIFY(a.recommendedW % 50 == 0);
        QVERIFY(a.recommendedW >= a.minimumW);
        QCOMPARE(a.loadW, gpuW + (cpuW > 0 ? cpuW : kDefaultCpuPowerW) + kRestOfSystemW);
    }
};

QTEST_GUILESS_MAIN(TestPsu)
#include "tst_psu.moc"
