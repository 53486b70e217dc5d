# A tree built with a helper class declared inside main().
def main():
    class TreeNode:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

        def insert(self, key):
            if key < self.key:
                if self.left is None:
                    self.left = TreeNode(key)
                else:
                    self.left.insert(key)
            else:
                if self.right is None:
                    self.right = TreeNode(key)
                else:
                    self.right.insert(key)

        def inorder(self):
            out = []
            if self.left:
                out += self.left.inorder()
            out.append(self.key)
            if self.right:
                out += self.right.inorder()
            return out

        def depth(self):
            l = self.left.depth() if self.left else 0
            r = self.right.depth() if self.right else 0
            return 1 + max(l, r)

    root = TreeNode(50)
    for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
        root.insert(k)
    print("inorder:", root.inorder())
    print("depth:", root.depth())
    print(type(root).__name__, type(root).__qualname__)

if __name__ == "__main__":
    main()
