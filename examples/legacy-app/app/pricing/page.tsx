// Marketing page: the same for every visitor, so it is rebuilt at most once an hour.
export const revalidate = 3600

const plans = [
  { name: 'Personal', price: '$0', features: ['Unlimited notes', '1 device'] },
  { name: 'Pro', price: '$6/month', features: ['Unlimited notes', 'All devices', 'Reports'] },
]

export default function PricingPage() {
  return (
    <section>
      <h1>Pricing</h1>
      {plans.map((plan) => (
        <article key={plan.name}>
          <h2>
            {plan.name}: {plan.price}
          </h2>
          <ul>
            {plan.features.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  )
}
