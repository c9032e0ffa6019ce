print("db")
