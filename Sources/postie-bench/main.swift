print("postie-bench")
