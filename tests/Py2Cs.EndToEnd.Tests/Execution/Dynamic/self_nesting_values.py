# A value stored inside itself (distutils: self.libraries = [self.libraries]): its type would nest one list
# deeper at every pass of inference, so translation never ended; it is handled dynamically.
libraries = None
def f():
    global libraries
    libraries = [libraries]
for i in range(7):
    f()
print(libraries)

class config:
    def initialize_options(self):
        self.libraries = None
    def finalize_options(self):
        if self.libraries is None:
            self.libraries = []
        elif isinstance(self.libraries, str):
            self.libraries = [self.libraries]
c = config()
c.initialize_options()
c.finalize_options()
print(c.libraries)
c.libraries = "m"
c.finalize_options()
print(c.libraries)
