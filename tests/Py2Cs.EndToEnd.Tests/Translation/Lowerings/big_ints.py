# Ints past 64 bits: literals, shifts, powers, products accumulated in loops; sign flips and
# sums stay 64-bit ints.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def power_of_two(n):
    value = 1
    while n > 0:
        value = value * 2
        n -= 1
    return value


huge = 123456789012345678901234567890
print(huge, huge * 10, huge // 7, huge % 1000, -huge)
print(1 << 70, (1 << 70) >> 68, 2 ** 64, 3 ** 50 % 1000)
print(factorial(25), factorial(5), factorial(25) // factorial(23))
print(power_of_two(70), power_of_two(3))
sign = 1
total = 0
for i in range(10):
    sign *= -1
    total += sign * i
print(sign, total)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
