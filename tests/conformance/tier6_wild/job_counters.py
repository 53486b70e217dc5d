# Per-class counters through cls in a classmethod; reads fall back along the MRO.
# features: class attribute incremented through cls in a classmethod called via type(self) (a per-subclass counter, reads fall back along the MRO), class attribute overridden per subclass, assignment to a base's class attribute seen by subclasses without their own, assignment through a subclass
import asyncio


class Job:
    created = 0
    kind = "job"

    def __init__(self, n):
        self.n = n
        type(self).register()

    @classmethod
    def register(cls):
        cls.created += 1

    @classmethod
    def describe(cls):
        return f"{cls.__name__}:{cls.kind}:{cls.created}"

    async def run(self):
        await asyncio.sleep(0.001 * self.n)
        return f"{self.kind}-{self.n}"


class EmailJob(Job):
    kind = "email"


class ReportJob(Job):
    pass


async def main():
    jobs = [Job(1), EmailJob(2), EmailJob(3), ReportJob(4)]
    print(Job.describe(), EmailJob.describe(), ReportJob.describe())
    done = await asyncio.gather(*(j.run() for j in jobs))
    print(done)
    Job.created = 100
    print(Job.created, EmailJob.created, ReportJob.created)
    ReportJob.kind = "report"
    print(ReportJob(5).kind, Job.kind, ReportJob.describe())


asyncio.run(main())
